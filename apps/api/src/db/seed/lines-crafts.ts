import { pack, type ProductLine } from "./catalog-types";

const QT = "quang-tri";

/** Essential oils and herbal products, handicrafts and OCOP gift boxes. Prices are 2024–2025 retail, in đồng. */
export const CRAFT_AND_GIFT_LINES: readonly ProductLine[] = [
  {
    key: "tinh-dau",
    labels: ["Tinh dầu", "Dầu tràm", "Tinh dầu thiên nhiên"],
    story: ["chưng cất tinh dầu từ rừng tràm ven biển {place}", "trồng sả, tràm và chưng cất tinh dầu ở {place}"],
    care: ["Để xa tầm tay trẻ em; pha loãng trước khi thoa lên da."],
    products: [
      {
        category: "tinh-dau",
        names: [
          { text: "Tinh dầu tràm {place}", in: [QT, "hue"] },
          { text: "Dầu tràm {place} nguyên chất", in: [QT, "hue"] },
          { text: "Tinh dầu quế {place}", in: ["da-nang", "lao-cai"] },
          "Tinh dầu sả chanh {place}",
          "Tinh dầu bưởi {place}",
        ],
        packs: [
          pack("", "chai 50ml", 120, 60_000, 150_000),
          pack("", "chai 100ml", 200, 100_000, 220_000),
          pack("", "chai 10ml", 50, 25_000, 50_000),
        ],
        about: [
          "Tinh dầu được chưng cất bằng hơi nước từ lá tươi thu hái ở {place}.",
          "Nguyên chất 100%, không pha cồn, không hương liệu tổng hợp.",
        ],
        points: ["Chưng cất hơi nước", "Xông phòng, massage, đuổi muỗi", "Chai thủy tinh tối màu", "Có phiếu kiểm nghiệm"],
      },
    ],
  },
  {
    key: "duoc-lieu",
    labels: ["Dược liệu", "Thảo dược", "Nấm"],
    story: ["trồng dược liệu dưới tán rừng {place}", "cùng đồng bào ở {place} trồng và sơ chế dược liệu"],
    care: ["Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh."],
    products: [
      {
        category: "cao-duoc-lieu",
        names: [
          { text: "Cao cà gai leo {place}", in: [QT, "hue"] },
          { text: "Cao lá vằng {place}", in: [QT] },
          { text: "Cao atiso {place}", in: ["lam-dong"] },
          "Cao xạ đen {place}",
        ],
        packs: [pack("", "hũ 100g", 200, 150_000, 350_000), pack("", "hũ 50g", 120, 90_000, 180_000)],
        about: ["Dược liệu trồng ở {place} được nấu cô đặc nhiều giờ thành cao, không pha tạp chất."],
        points: ["Nguồn gốc rõ ràng", "Không chất bảo quản", "Có hướng dẫn liều dùng"],
      },
      {
        category: "nam-thao-duoc-kho",
        names: [
          { text: "Nấm lim xanh {place}", in: [QT, "da-nang"] },
          "Nấm linh chi đỏ {place}",
          "Nấm hương rừng {place}",
          "Sâm cau {place} sấy khô",
        ],
        packs: [
          pack("500g", "gói 500g", 540, 300_000, 900_000),
          pack("200g", "gói 200g", 230, 120_000, 350_000),
          pack("", "hộp 100g", 180, 80_000, 200_000),
        ],
        about: [
          "Thu hái ở vùng núi {place}, sơ chế sạch và sấy ở nhiệt độ thấp.",
          "Đóng gói tại cơ sở có giấy chứng nhận an toàn thực phẩm.",
        ],
        points: ["Sấy lạnh", "Thái lát sẵn, tiện sắc nước", "Không chất bảo quản"],
      },
    ],
  },
  {
    key: "may-tre",
    labels: ["Mây tre đan", "Cói", "Đồ đan"],
    story: ["cùng các bà, các mẹ ở {place} giữ nghề mây tre đan", "đưa nghề đan cói của {place} vào đồ dùng hiện đại"],
    care: ["Tránh để nơi ẩm lâu ngày; lau bằng khăn khô."],
    products: [
      {
        category: "may-tre-dan",
        names: [
          "Giỏ mây tre đan {place}",
          "Khay tre đan {place}",
          "Hộp tre đựng trà {place}",
          { text: "Làn cói {place}", in: ["thanh-hoa"] },
          "Túi cói {place}",
        ],
        packs: [pack("", "cái", 400, 80_000, 350_000), pack("", "bộ 3 cái", 1100, 200_000, 550_000)],
        about: ["Đan tay hoàn toàn bởi thợ ở {place}, nguyên liệu tre, mây, cói được luộc và phơi chống mốc."],
        points: ["Đan tay", "Chống mốc tự nhiên", "Mỗi chiếc một nét riêng"],
      },
    ],
  },
  {
    key: "tho-cam",
    labels: ["Thổ cẩm", "Dệt thổ cẩm", "Thổ cẩm"],
    story: ["cùng chị em trong bản ở {place} khôi phục nghề dệt thổ cẩm"],
    care: ["Giặt tay bằng nước lạnh, phơi trong bóng râm."],
    products: [
      {
        category: "det-tho-cam",
        names: ["Khăn thổ cẩm {place}", "Túi thổ cẩm {place}", "Ví thổ cẩm {place}", "Khăn choàng dệt tay {place}"],
        packs: [pack("", "cái", 250, 120_000, 650_000)],
        about: [
          "Dệt tay trên khung dệt truyền thống ở {place}, mỗi tấm mất nhiều ngày công.",
          "Hoa văn lấy từ những mẫu cổ của đồng bào địa phương.",
        ],
        points: ["Dệt tay 100%", "Màu nhuộm từ cây rừng", "Hoa văn truyền thống"],
      },
    ],
  },
  {
    key: "gom",
    labels: ["Gốm", "Gốm", "Gốm thủ công"],
    story: ["theo cha học nghề gốm ở {place} rồi mở xưởng riêng"],
    care: ["Rửa bằng nước ấm; tránh va đập mạnh."],
    products: [
      {
        category: "gom",
        names: ["Bình gốm {place}", "Bộ ấm chén gốm {place}", "Lọ hoa gốm {place}", "Đĩa gốm {place} vẽ tay"],
        packs: [pack("", "cái", 900, 120_000, 600_000), pack("", "bộ", 2200, 250_000, 1_200_000)],
        about: ["Nặn tay và nung củi tại làng gốm {place}, men màu tự nhiên."],
        points: ["Nặn và vẽ tay", "Nung củi", "Đóng gói chống sốc"],
      },
    ],
  },
  {
    key: "go",
    labels: ["Mộc", "Đồ gỗ", "Mộc mỹ nghệ"],
    story: ["làm đồ gỗ gia dụng từ gỗ rừng trồng ở {place}"],
    care: ["Lau khô sau khi dùng; thỉnh thoảng thoa dầu ăn để gỗ bền màu."],
    products: [
      {
        category: "do-go-my-nghe",
        names: ["Thớt gỗ nghiến {place}", "Hộp gỗ {place}", "Muỗng gỗ {place}", "Khay gỗ {place}"],
        packs: [pack("", "cái", 700, 60_000, 350_000)],
        about: ["Gỗ rừng trồng ở {place}, tiện và chà nhám thủ công, phủ dầu an toàn thực phẩm."],
        points: ["Gỗ rừng trồng", "Không sơn hóa chất", "Bền, nhẹ"],
      },
    ],
  },
  {
    key: "qua-tang",
    labels: ["Quà tặng", "Quà quê", "Đặc sản"],
    story: ["gom đặc sản OCOP của {place} thành những hộp quà"],
    care: ["Giao kèm thiệp; có thể ghi lời chúc theo yêu cầu."],
    products: [
      {
        category: "hop-qua",
        names: [
          "Hộp quà đặc sản {place}",
          "Hộp quà OCOP {place}",
          "Set quà cà phê & hồ tiêu {place}",
          "Hộp quà trà & mật ong {place}",
        ],
        packs: [pack("", "hộp", 1800, 250_000, 900_000)],
        about: ["Hộp quà gồm những sản phẩm OCOP tiêu biểu của {place}, đóng hộp giấy kraft, có túi xách."],
        points: ["Hộp cứng, có túi xách", "Kèm thiệp viết tay", "Sản phẩm đạt OCOP"],
      },
      {
        category: "gio-qua-tet",
        names: ["Giỏ quà Tết {place}", "Giỏ quà Tết đặc sản {place}"],
        packs: [pack("", "giỏ", 3500, 450_000, 1_800_000)],
        about: ["Giỏ mây đan tay đựng đặc sản {place}: cà phê, mật ong, trà và bánh kẹo quê."],
        points: ["Giỏ mây đan tay", "Trang trí sẵn", "Giao tận nơi dịp Tết"],
      },
    ],
  },
];
