import { pack, type ProductLine } from "./catalog-types";

const QT = "quang-tri";

/** Rice, grains, noodles, dried seafood and produce, sweets and honey. Prices are 2024–2025 retail, in đồng. */
export const STAPLE_LINES: readonly ProductLine[] = [
  {
    key: "gao",
    labels: ["Gạo hữu cơ", "Gạo", "Gạo sạch"],
    story: ["trồng lúa hữu cơ trên cánh đồng {place}", "cùng nông dân {place} chuyển sang trồng lúa không thuốc diệt cỏ"],
    care: ["Bảo quản nơi khô ráo, tránh ẩm; đậy kín sau khi mở."],
    products: [
      {
        category: "gao",
        names: [
          "Gạo hữu cơ {place}",
          "Gạo lứt đỏ {place}",
          "Gạo nếp cái hoa vàng {place}",
          "Gạo thơm {place} vụ mới",
          { text: "Gạo Séng Cù {place}", in: ["lao-cai", "dien-bien"] },
        ],
        packs: [
          pack("2kg", "túi 2kg", 2050, 60_000, 130_000),
          pack("5kg", "túi 5kg", 5100, 140_000, 300_000),
          pack("", "kg", 1020, 25_000, 60_000),
        ],
        about: [
          "Lúa được trồng trên cánh đồng {place} theo quy trình hữu cơ, không thuốc diệt cỏ, bón phân chuồng ủ hoai.",
          "Gạo {place} xay mới mỗi tuần, cơm dẻo, thơm, để nguội vẫn mềm.",
        ],
        points: ["Cơm dẻo, thơm nhẹ", "Xay mới theo đơn", "Không chất bảo quản", "Hút chân không từng túi"],
      },
    ],
  },
  {
    key: "gao-st",
    labels: ["Gạo ST25", "Gạo", "Lúa gạo"],
    story: ["trồng lúa ST25 theo mô hình tôm – lúa ở {place}"],
    care: ["Bảo quản nơi khô ráo, tránh ẩm; đậy kín sau khi mở."],
    products: [
      {
        category: "gao",
        names: ["Gạo ST25 {place}", "Gạo ST25 lúa tôm {place}", "Gạo ST24 {place}", "Gạo thơm Jasmine {place}"],
        packs: [pack("5kg", "túi 5kg", 5100, 160_000, 260_000), pack("2kg", "túi 2kg", 2050, 70_000, 120_000)],
        about: ["Lúa ST25 trồng xen vụ tôm ở {place}, không dùng phân hóa học; hạt gạo dài, trong, thơm mùi lá dứa."],
        points: ["Cơm dẻo, thơm lá dứa", "Mô hình tôm – lúa", "Xay mới theo đơn"],
      },
    ],
  },
  {
    key: "ngu-coc",
    labels: ["Nông sản", "Hạt", "Nông sản sạch"],
    story: ["trồng đậu, lạc và các loại hạt trên đất cát {place}"],
    care: ["Để nơi khô mát, dùng hết trong 6 tháng."],
    products: [
      {
        category: "ngu-coc-hat",
        names: [
          "Đậu xanh {place}",
          "Lạc đỏ {place}",
          "Mè đen {place}",
          "Bột ngũ cốc {place}",
          "Hạt điều rang muối {place}",
          { text: "Hạt sen {place} sấy khô", in: ["hue", "dong-thap"] },
        ],
        packs: [pack("500g", "gói 500g", 520, 40_000, 120_000), pack("", "hộp 500g", 600, 150_000, 260_000)],
        about: ["Nông sản được trồng và thu hoạch ở {place}, phơi khô tự nhiên và nhặt sạch bằng tay trước khi đóng gói."],
        points: ["Hạt đều, sạch", "Không chất bảo quản", "Đóng gói hút chân không"],
      },
    ],
  },
  {
    key: "bun-mien",
    labels: ["Bánh tráng", "Miến", "Bún khô"],
    story: ["giữ nghề làm bánh tráng, bún khô của làng {place}"],
    care: ["Để nơi khô ráo; đóng kín túi sau khi dùng."],
    products: [
      {
        category: "bun-mien-banh-da",
        names: [
          { text: "Miến dong {place}", in: ["thai-nguyen"] },
          { text: "Bánh tráng phơi sương {place}", in: ["tay-ninh"] },
          { text: "Bánh tráng {place} nướng mè", in: ["gia-lai"] },
          "Bún gạo lứt {place}",
          "Bánh đa {place}",
          "Bún khô {place}",
        ],
        packs: [pack("500g", "gói 500g", 520, 30_000, 90_000), pack("", "gói 10 chiếc", 450, 25_000, 60_000)],
        about: ["Làm thủ công ở {place} từ gạo và tinh bột địa phương, phơi nắng tự nhiên, không hàn the."],
        points: ["Không hàn the, không chất tẩy trắng", "Dai, mềm, không nát", "Phơi nắng tự nhiên"],
      },
    ],
  },
  {
    key: "hai-san-kho",
    labels: ["Hải sản khô", "Hải sản", "Khô"],
    story: ["mang hải sản khô của làng biển {place} đến với khách khắp nơi", "cùng ngư dân {place} làm hải sản một nắng"],
    care: ["Bảo quản ngăn mát tủ lạnh sau khi mở gói."],
    products: [
      {
        category: "hai-san-kho",
        names: [
          "Mực khô {place} loại 1",
          "Cá cơm khô {place}",
          "Tôm khô {place} loại đặc biệt",
          "Cá thu một nắng {place}",
          { text: "Sá sùng khô {place}", in: ["quang-ninh"] },
        ],
        packs: [
          pack("200g", "gói 200g", 230, 80_000, 250_000),
          pack("500g", "gói 500g", 540, 180_000, 600_000),
          pack("1kg", "kg", 1060, 350_000, 1_100_000),
        ],
        about: [
          "Hải sản đánh bắt ở vùng biển {place}, phơi nắng tự nhiên trên giàn tre ngay trong ngày.",
          "Không tẩm màu, không chất bảo quản, đóng gói hút chân không.",
        ],
        points: ["Phơi nắng tự nhiên", "Hút chân không", "Không tẩm phẩm màu", "Nướng, rim hay chiên đều ngon"],
      },
    ],
  },
  {
    key: "say",
    labels: ["Đặc sản", "Nông sản sấy", "Quà quê"],
    story: ["sấy nông sản quê nhà {place} thành món quà mang đi xa"],
    care: ["Đóng kín túi sau khi mở; ngon nhất trong 1 tháng."],
    products: [
      {
        category: "trai-cay-say",
        names: [
          { text: "Khoai deo {place}", in: [QT] },
          { text: "Hồng treo gió {place}", in: ["lam-dong"] },
          { text: "Nho sấy {place}", in: ["khanh-hoa"] },
          { text: "Mận sấy dẻo {place}", in: ["son-la"] },
          { text: "Táo mèo sấy {place}", in: ["lao-cai"] },
          { text: "Xoài sấy dẻo {place}", in: ["dong-thap"] },
          "Chuối sấy dẻo {place}",
          "Mít sấy giòn {place}",
        ],
        packs: [pack("500g", "gói 500g", 530, 60_000, 180_000), pack("", "hộp 300g", 380, 50_000, 130_000)],
        about: [
          "Nông sản chín cây ở {place} được sấy ở nhiệt độ thấp, giữ vị ngọt tự nhiên.",
          "Không đường hóa học, không chất bảo quản; dẻo, thơm, ăn vặt hay làm quà đều hợp.",
        ],
        points: ["Không đường hóa học", "Sấy lạnh giữ màu", "Túi zip tiện dùng"],
      },
    ],
  },
  {
    key: "banh-keo",
    labels: ["Đặc sản", "Bánh kẹo", "Quà quê"],
    story: ["làm bánh kẹo truyền thống theo công thức của bà ở {place}"],
    care: ["Để nơi khô mát, tránh nắng; dùng trong 2 tháng."],
    products: [
      {
        category: "mut-banh-keo",
        names: [
          { text: "Kẹo cu đơ {place}", in: ["ha-tinh"] },
          { text: "Mè xửng {place}", in: ["hue"] },
          { text: "Kẹo dừa {place}", in: ["vinh-long"] },
          { text: "Bánh pía {place}", in: ["can-tho"] },
          { text: "Kẹo gương {place}", in: ["quang-ngai"] },
          { text: "Đường thốt nốt {place}", in: ["an-giang"] },
          { text: "Mứt sen {place}", in: ["ha-noi"] },
          "Mứt gừng {place}",
          "Bánh tráng mè {place}",
        ],
        packs: [
          pack("", "hộp 250g", 320, 35_000, 90_000),
          pack("", "hộp 500g", 600, 60_000, 150_000),
          pack("", "gói 300g", 340, 30_000, 70_000),
        ],
        about: [
          "Làm thủ công từng mẻ nhỏ ở {place}, nguyên liệu địa phương, không chất bảo quản.",
          "Công thức gia truyền, vị ngọt thanh, giòn thơm.",
        ],
        points: ["Không chất bảo quản", "Làm thủ công", "Hộp giấy kraft làm quà"],
      },
    ],
  },
  {
    key: "mat-ong",
    labels: ["Mật ong", "Mật ong rừng", "Mật ong"],
    story: ["nuôi ong lấy mật dưới tán rừng {place}", "cùng bà con ở {place} nuôi ong theo hướng bền vững"],
    care: ["Mật ong nguyên chất có thể kết tinh khi trời lạnh; ngâm chai vào nước ấm để mật tan lại."],
    products: [
      {
        category: "mat-ong",
        names: [
          "Mật ong rừng {place}",
          "Mật ong hoa rừng {place} nguyên chất",
          { text: "Mật ong hoa cà phê {place}", in: [QT, "dak-lak", "gia-lai"] },
          { text: "Mật ong bạc hà {place}", in: ["tuyen-quang"] },
          { text: "Mật ong tràm {place}", in: ["ca-mau"] },
          "Mật ong ruồi {place}",
        ],
        packs: [
          pack("", "chai 500ml", 800, 180_000, 380_000),
          pack("", "chai 1 lít", 1550, 320_000, 600_000),
          pack("", "hũ 300g", 450, 90_000, 180_000),
        ],
        about: [
          "Mật ong được khai thác từ các đàn ong nuôi dưới tán rừng {place}, quay mật khi mật đã vít nắp.",
          "Mật được lọc lạnh, không gia nhiệt, giữ nguyên hương hoa rừng và enzyme tự nhiên.",
        ],
        points: ["Độ ẩm dưới 20%", "Không pha đường, không gia nhiệt", "Có kết quả kiểm nghiệm từng lô", "Đóng chai thủy tinh"],
      },
      {
        category: "phan-hoa-sap-ong",
        names: ["Phấn hoa {place}", "Sáp ong {place} nguyên chất", "Keo ong {place}"],
        packs: [pack("", "hũ 200g", 300, 120_000, 250_000)],
        about: ["Thu từ chính các đàn ong ở {place}, sơ chế sạch và sấy nhẹ."],
        points: ["Nguyên chất", "Hũ thủy tinh", "Có hướng dẫn sử dụng"],
      },
    ],
  },
];
