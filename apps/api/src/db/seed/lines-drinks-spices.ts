import { pack, type ProductLine } from "./catalog-types";

const QT = "quang-tri";

/** Coffee, tea and herbal tea, pepper, fish sauce, salt, chilli and fermented pastes. Prices are 2024–2025 retail, in đồng. */
export const DRINK_AND_SPICE_LINES: readonly ProductLine[] = [
  {
    key: "ca-phe",
    labels: ["Cà phê", "Cà phê", "Cà phê hạt"],
    story: [
      "trồng và rang cà phê sạch trên đồi {place}",
      "khôi phục vườn cà phê Arabica của gia đình ở {place}",
      "làm cà phê rang mộc từ hạt chín đỏ của bà con {place}",
    ],
    care: ["Bảo quản nơi khô ráo, tránh ánh nắng; ngon nhất trong 3 tháng sau khi mở gói."],
    products: [
      {
        category: "ca-phe",
        names: [
          "Cà phê Arabica {place} rang mộc",
          "Cà phê hạt Arabica {place} chế biến mật ong",
          "Cà phê Arabica {place} nguyên hạt",
        ],
        packs: [
          pack("250g", "gói 250g", 270, 75_000, 140_000),
          pack("500g", "gói 500g", 530, 140_000, 260_000),
          pack("1kg", "kg", 1050, 260_000, 450_000),
        ],
        about: [
          "Cà phê Arabica được trồng trên vùng đất đỏ bazan ở {place}, thu hái khi quả chín đỏ và phơi trên giàn cao.",
          "Hạt cà phê {place} được sơ chế ướt, rang mộc theo mẻ nhỏ, không tẩm bơ, không trộn đậu.",
          "Vùng đồi {place} mát quanh năm, cho hạt Arabica chắc, thơm và hậu vị ngọt.",
        ],
        points: [
          "Hương thơm dịu, vị chua thanh, hậu ngọt",
          "Rang mộc 100%, không hương liệu",
          "Hợp pha phin, pha máy hoặc cold brew",
          "Túi có van một chiều giữ mùi",
          "Thu hái chín đỏ bằng tay",
        ],
      },
      {
        category: "ca-phe",
        names: ["Cà phê Robusta {place} rang xay", "Cà phê Culi {place} rang xay pha phin", "Cà phê bột {place} nguyên chất"],
        packs: [pack("250g", "gói 250g", 270, 55_000, 100_000), pack("500g", "gói 500g", 530, 100_000, 180_000)],
        about: [
          "Cà phê {place} rang vừa, xay sẵn cho phin, đậm đà và nhiều bọt khi pha sữa.",
          "Hạt cà phê {place} được tuyển chọn từ vụ thu hoạch chính, rang theo mẻ nhỏ.",
        ],
        points: ["Đậm, đắng dịu, thơm lâu", "Xay sẵn cỡ hạt cho phin", "Không trộn bắp, không hương liệu", "Pha sữa đá rất hợp"],
      },
      {
        category: "ca-phe",
        names: ["Cà phê phin giấy {place}", "Cà phê túi lọc {place}"],
        packs: [pack("", "hộp 10 gói", 160, 65_000, 120_000)],
        about: ["Mỗi gói phin giấy chứa 12 g cà phê {place} rang xay, chỉ cần rót nước sôi là có ly cà phê nguyên chất."],
        points: ["Tiện mang đi làm, đi du lịch", "Không cần phin, không cần máy", "Đóng gói nitơ giữ mùi"],
      },
    ],
  },
  {
    key: "che",
    labels: ["Chè", "Trà", "Trà búp"],
    story: ["làm chè búp thủ công trên những đồi chè {place}", "giữ những cây chè cổ thụ của bản {place}"],
    care: ["Đựng trong hộp kín, để nơi khô mát, tránh mùi lạ."],
    products: [
      {
        category: "tra-thao-moc",
        names: [
          "Chè búp {place} đặc biệt",
          "Chè xanh {place} sao tay",
          { text: "Chè Shan tuyết cổ thụ {place}", in: ["tuyen-quang", "son-la", "lao-cai"] },
          { text: "Trà ô long {place}", in: ["lam-dong"] },
          { text: "Trà sen {place}", in: ["dong-thap", "ha-noi"] },
        ],
        packs: [
          pack("200g", "gói 200g", 230, 60_000, 180_000),
          pack("500g", "gói 500g", 540, 140_000, 380_000),
          pack("", "hộp 100g", 180, 80_000, 250_000),
        ],
        about: [
          "Búp chè được hái một tôm hai lá vào sáng sớm ở {place}, sao trên chảo gang theo cách truyền thống.",
          "Chè {place} có nước xanh vàng, vị chát dịu rồi ngọt hậu kéo dài.",
        ],
        points: ["Hái một tôm hai lá", "Sao tay trên chảo gang", "Nước xanh, vị ngọt hậu", "Không phẩm màu, không hương liệu"],
      },
    ],
  },
  {
    key: "tra-thao-moc",
    labels: ["Trà thảo mộc", "Trà", "Thảo mộc"],
    story: ["trồng cà gai leo và làm trà thảo mộc ở {place}", "biến cây thuốc quen thuộc của quê {place} thành trà túi lọc"],
    care: ["Để nơi khô mát, đóng kín miệng túi sau khi dùng."],
    products: [
      {
        category: "tra-thao-moc",
        names: [
          { text: "Trà cà gai leo {place}", in: [QT, "hue"] },
          { text: "Trà vằng {place}", in: [QT, "hue"] },
          { text: "Trà atiso {place}", in: ["lam-dong"] },
          { text: "Trà cung đình {place}", in: ["hue"] },
          "Trà gừng {place}",
          "Trà thảo mộc {place}",
        ],
        packs: [pack("200g", "gói 200g", 230, 45_000, 120_000), pack("", "hộp 20 túi lọc", 120, 40_000, 90_000)],
        about: [
          "Lá được thu hái ở {place}, sấy lạnh ở nhiệt độ thấp để giữ màu và tinh chất.",
          "Trà không hương liệu, không chất tạo màu; nước pha vàng sánh, vị ngọt hậu.",
        ],
        points: ["Sấy lạnh giữ dược tính", "Không hương liệu", "Túi zip tiện dùng", "Pha 2–3 nước vẫn đậm"],
      },
    ],
  },
  {
    key: "ho-tieu",
    labels: ["Hồ tiêu", "Tiêu", "Hồ tiêu"],
    story: [
      "trồng hồ tiêu theo hướng hữu cơ trên vườn nhà ở {place}",
      "liên kết với các hộ trồng tiêu ở {place} để làm ra hạt tiêu sạch",
    ],
    care: ["Đậy kín sau khi dùng, để nơi khô thoáng."],
    products: [
      {
        category: "ho-tieu",
        names: ["Hồ tiêu đen {place} loại 1", "Hồ tiêu {place} hạt chắc", "Tiêu đen {place} phơi nắng"],
        packs: [
          pack("", "hũ 100g", 160, 35_000, 60_000),
          pack("250g", "gói 250g", 270, 60_000, 110_000),
          pack("500g", "gói 500g", 530, 110_000, 200_000),
          pack("1kg", "kg", 1040, 180_000, 320_000),
        ],
        about: [
          "Hồ tiêu {place} trồng trên đất đỏ bazan, hạt to, chắc, cay nồng và thơm lâu.",
          "Tiêu được hái khi chùm có hạt chín đỏ, phơi nắng tự nhiên rồi sàng lọc kỹ bằng tay.",
        ],
        points: [
          "Hạt chắc, tỷ trọng cao",
          "Không chất bảo quản, không tạp chất",
          "Vị cay nồng, thơm lâu",
          "Canh tác theo hướng hữu cơ",
        ],
      },
      {
        category: "ho-tieu",
        names: ["Tiêu sọ trắng {place}", "Hồ tiêu đỏ {place} chín cây", "Tiêu xay {place} nguyên chất"],
        packs: [pack("", "hũ 100g", 160, 50_000, 90_000), pack("250g", "gói 250g", 270, 110_000, 180_000)],
        about: [
          "Hạt tiêu {place} được tuyển chọn kỹ, sơ chế và đóng gói ngay tại vườn.",
          "Tiêu {place} được chế biến theo mẻ nhỏ, giữ trọn mùi thơm và vị cay nồng.",
        ],
        points: ["Thơm dịu, cay vừa", "Hợp món cháo, súp, hải sản", "Hũ thủy tinh nắp kín"],
      },
    ],
  },
  {
    key: "nuoc-mam",
    labels: ["Nước mắm", "Nước mắm", "Mắm"],
    story: ["gìn giữ nghề làm nước mắm truyền thống của làng biển {place}", "cùng mẹ ủ chượp nước mắm cá cơm ở {place}"],
    care: ["Để nơi thoáng mát; nước mắm truyền thống có thể kết tinh muối ở đáy chai, đó là hiện tượng tự nhiên."],
    products: [
      {
        category: "nuoc-mam",
        names: [
          "Nước mắm cá cơm {place} 40 độ đạm",
          "Nước mắm nhĩ {place} 45 độ đạm",
          "Nước mắm truyền thống {place} 35 độ đạm",
          "Nước mắm cốt {place} ủ chượp 12 tháng",
        ],
        packs: [
          pack("", "chai 500ml", 900, 60_000, 180_000),
          pack("", "chai 250ml", 480, 40_000, 100_000),
          pack("", "can 2 lít", 2600, 150_000, 250_000),
        ],
        about: [
          "Nước mắm {place} được ủ từ cá cơm tươi và muối biển trong thùng gỗ, kéo rút tự nhiên sau 12 tháng.",
          "Làng nghề {place} làm nước mắm theo cách truyền thống, không chất điều vị, không chất bảo quản.",
        ],
        points: [
          "Độ đạm tự nhiên, màu cánh gián",
          "Không chất bảo quản, không phẩm màu",
          "Ủ chượp trong thùng gỗ",
          "Chai thủy tinh, nắp chống rò",
        ],
      },
      {
        category: "nuoc-mam",
        names: ["Nước mắm tỏi ớt {place}", "Nước mắm {place} cho bé"],
        packs: [pack("", "chai 250ml", 480, 35_000, 70_000)],
        about: ["Pha từ nước mắm nhĩ {place} với tỏi, ớt tươi, chấm ngay không cần pha thêm."],
        points: ["Vị mặn dịu", "Tỏi ớt tươi", "Tiện cho bữa cơm gia đình"],
      },
    ],
  },
  {
    key: "muoi",
    labels: ["Muối", "Muối đặc sản"],
    story: ["làm muối đặc sản từ đồng muối {place}", "sáng tạo các loại muối chấm từ muối biển {place}"],
    care: ["Đậy kín nắp để muối không bị chảy nước."],
    products: [
      {
        category: "muoi-dac-san",
        names: [
          { text: "Muối tôm {place}", in: ["tay-ninh"] },
          "Muối ớt xanh {place}",
          "Muối tiêu chanh {place}",
          "Muối hột {place} rang",
          "Muối mè {place}",
        ],
        packs: [pack("", "hũ 200g", 260, 25_000, 60_000), pack("", "hũ 500g", 600, 50_000, 110_000)],
        about: ["Muối biển {place} được rang khô rồi giã cùng ớt, sả và gia vị theo công thức riêng của gia đình."],
        points: ["Chấm trái cây, hải sản đều ngon", "Không bột ngọt", "Hũ nhựa PET an toàn"],
      },
    ],
  },
  {
    key: "ot-toi",
    labels: ["Gia vị", "Tương ớt", "Tỏi"],
    story: ["trồng tỏi, ớt và làm tương theo công thức của bà ở {place}"],
    care: ["Bảo quản nơi thoáng mát; tương đã mở nắp nên để ngăn mát tủ lạnh."],
    products: [
      {
        category: "ot-toi-tuong",
        names: [
          { text: "Tỏi cô đơn {place}", in: ["quang-ngai"] },
          { text: "Tương {place} truyền thống", in: ["nghe-an"] },
          "Tương ớt {place}",
          "Ớt bột {place}",
          "Sa tế {place}",
          "Tỏi đen {place}",
        ],
        packs: [
          pack("", "hũ 200g", 280, 30_000, 90_000),
          pack("", "chai 250ml", 400, 25_000, 60_000),
          pack("500g", "gói 500g", 540, 90_000, 250_000),
        ],
        about: [
          "Ớt và tỏi được trồng ngay tại {place}, làm thủ công từng mẻ nhỏ.",
          "Không chất bảo quản, không phẩm màu; vị cay thơm tự nhiên.",
        ],
        points: ["Cay vừa, thơm tỏi", "Làm thủ công từng mẻ", "Không phẩm màu"],
      },
    ],
  },
  {
    key: "mam-ruoc",
    labels: ["Mắm", "Ruốc", "Mắm ruốc"],
    story: ["làm ruốc và các loại mắm theo cách của làng chài {place}"],
    care: ["Bảo quản ngăn mát tủ lạnh sau khi mở nắp."],
    products: [
      {
        category: "mam-ruoc",
        names: ["Ruốc {place}", "Mắm ruốc {place}", "Mắm tép {place}", "Mắm nêm {place}", "Mắm cá cơm {place}"],
        packs: [pack("", "hũ 500g", 650, 50_000, 120_000), pack("", "hũ 250g", 350, 30_000, 70_000)],
        about: ["Tôm, tép tươi đánh bắt ở {place} được trộn muối và ủ trong chum sành theo cách truyền thống."],
        points: ["Ủ chum sành", "Không phẩm màu", "Hợp món bún, cơm, rau luộc"],
      },
    ],
  },
];
