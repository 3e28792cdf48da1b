"""Builds the held-out family `teaserledes`: one made-up DotNetNuke site with the
EasyDNNnews module, whose listings (home page, category pages) show each
article's whole lede as its teaser, and whose article pages repeat the newest
articles' ledes in a "Tin liên quan" box.

    python bench/corpus/teaserledes/build.py

writes the pages and family.json next to this file, deterministically, and
refuses to write when a reference segment is not on its page, or a boilerplate
string is not on the page or is in the reference body. The site (Trung tâm Y tế
khu vực Trà Cú), its domain and its people are imagined, not checked live; the
stories were written for this corpus. Page order in family.json is the order a
first crawl fetches them (home page, category pages, then articles): a
template learned in that order is what tests/test_template_teasers.py checks.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FAMILY = HERE.name
HOST = "https://ttyttracu.example.vn"
SITE = "Trung tâm Y tế khu vực Trà Cú"
UNIT = "TRUNG TÂM Y TẾ KHU VỰC TRÀ CÚ"
PARENT = "SỞ Y TẾ TỈNH VĨNH LONG"
HOTLINE = "Đường dây nóng: 0294.3874.115"
HOURS = "Giờ làm việc: Sáng 7h00 – 11h00, chiều 13h00 – 17h00 (thứ Hai đến thứ Sáu)"
NOTICE = ("Mọi phản ánh về chất lượng khám bệnh, chữa bệnh và thái độ phục vụ xin liên hệ đường dây nóng "
          "0294.3874.115 hoặc hộp thư góp ý đặt tại khu khám bệnh của Trung tâm.")
FOOTER = [UNIT, "Địa chỉ: Khóm 4, thị trấn Trà Cú, tỉnh Vĩnh Long",
          "Điện thoại: 0294.3874.115 - Email: ttyttracu@example.vn",
          "Chịu trách nhiệm nội dung: Giám đốc Trung tâm Y tế khu vực Trà Cú",
          "Ghi rõ nguồn “Trung tâm Y tế khu vực Trà Cú” khi phát hành lại thông tin từ website này."]
MENU = ["Trang chủ", "Giới thiệu", "Cơ cấu tổ chức", "Tin tức - Sự kiện", "Tin hoạt động", "Phòng chống dịch bệnh",
        "Dân số - KHHGĐ", "Văn bản", "Lịch công tác", "Hỏi đáp", "Liên hệ"]
POLL = ["Bạn đánh giá thế nào về chất lượng phục vụ tại Trung tâm?", "Rất hài lòng", "Hài lòng", "Chưa hài lòng"]

# id, category (slug, name), article id, date shown, ISO date, title, lede, paragraphs, byline lines, meta description
STORIES = [
    dict(n=1, cat=("phong-chong-dich-benh", "Phòng chống dịch bệnh"), aid=2417, shown="Thứ Hai, 07/07/2025 08:30",
         iso="2025-07-07T08:30:00+07:00",
         title="Trà Cú ghi nhận 21 ca sốt xuất huyết trong tuần 27, tăng gấp đôi so với tuần trước",
         lede=("Trong tuần 27 năm 2025 (từ ngày 30/6 đến ngày 06/7), khu vực Trà Cú ghi nhận 21 ca sốt xuất huyết, "
               "tăng 11 ca so với tuần 26; cộng dồn từ đầu năm là 164 ca, chưa ghi nhận trường hợp tử vong."),
         paras=["Các ca bệnh tập trung tại thị trấn Trà Cú, xã Phước Hưng và xã Tập Sơn, chiếm hơn 70% số ca trong tuần. "
                "Có 2 ổ dịch mới phát sinh tại ấp Chợ và ấp Đôn Chụm, đã được xử lý trong vòng 48 giờ.",
                "Ảnh: Nhân viên Trạm Y tế xã Phước Hưng phun hóa chất diệt muỗi tại ấp Chợ",
                "Trung tâm đã phối hợp với Ủy ban nhân dân các xã tổ chức 3 đợt ra quân diệt lăng quăng, kiểm tra 2.350 hộ gia "
                "đình, xử lý 1.140 dụng cụ chứa nước có lăng quăng.",
                "Người dân khi có biểu hiện sốt cao liên tục, đau đầu, đau nhức cơ, xuất huyết dưới da cần đến ngay cơ sở y tế "
                "để được khám và điều trị kịp thời, không tự ý truyền dịch tại nhà."],
         byline=["KIM NGÂN", "Khoa Kiểm soát bệnh tật"], meta=True),
    dict(n=2, cat=("tin-hoat-dong", "Tin hoạt động"), aid=2409, shown="Thứ Năm, 03/07/2025 16:45",
         iso="2025-07-03T16:45:00+07:00",
         title="Trung tâm Y tế khu vực Trà Cú triển khai hoạt động sau sắp xếp tổ chức bộ máy",
         lede=("Chiều ngày 02/7, Trung tâm Y tế khu vực Trà Cú tổ chức hội nghị công bố quyết định về tổ chức bộ máy và "
               "triển khai nhiệm vụ sau khi sắp xếp, hợp nhất đơn vị hành chính cấp tỉnh theo Nghị quyết 202/2025/QH15."),
         paras=["Theo quyết định của Sở Y tế tỉnh Vĩnh Long, Trung tâm Y tế khu vực Trà Cú được tổ chức lại từ Trung tâm "
                "Y tế huyện Trà Cú, quản lý 17 trạm y tế xã, thị trấn với tổng số 312 viên chức và người lao động.",
                "Phát biểu tại hội nghị, bác sĩ Thạch Sô Phanh, Giám đốc Trung tâm, đề nghị các khoa, phòng và trạm y tế giữ "
                "ổn định hoạt động khám bệnh, chữa bệnh, tiêm chủng và phòng chống dịch, không để gián đoạn việc phục vụ người dân.",
                "Trung tâm cũng giao các phòng chức năng rà soát quy chế làm việc, cập nhật con dấu, tài khoản và hồ sơ "
                "hành chính theo tên gọi mới trước ngày 15/7/2025."],
         byline=["PHƯƠNG THẢO", "Phòng Tổ chức - Hành chính"], meta=True),
    dict(n=3, cat=("tin-hoat-dong", "Tin hoạt động"), aid=2398, shown="Thứ Sáu, 27/06/2025 10:15",
         iso="2025-06-27T10:15:00+07:00",
         title="Khám sàng lọc bệnh không lây nhiễm cho hơn 400 người cao tuổi xã Long Hiệp",
         lede=("Ngày 26/6, Trung tâm Y tế khu vực Trà Cú phối hợp với Trạm Y tế xã Long Hiệp tổ chức khám sàng lọc tăng "
               "huyết áp, đái tháo đường và bệnh phổi tắc nghẽn mạn tính cho 418 người cao tuổi trên địa bàn xã."),
         paras=["Qua khám, có 97 người được phát hiện tăng huyết áp, 31 người có đường huyết cao hơn mức bình thường và "
                "12 người nghi mắc bệnh phổi tắc nghẽn mạn tính; các trường hợp này được tư vấn và chuyển khám chuyên khoa.",
                "Ảnh: Bác sĩ Trạm Y tế xã Long Hiệp đo huyết áp cho người cao tuổi",
                "Những người đã được chẩn đoán được lập hồ sơ quản lý, theo dõi và cấp thuốc điều trị ngoại trú tại trạm "
                "y tế xã theo hướng dẫn của Bộ Y tế."],
         byline=["TRÚC LY"], meta=True),
    dict(n=4, cat=("phong-chong-dich-benh", "Phòng chống dịch bệnh"), aid=2386, shown="Thứ Hai, 23/06/2025 14:00",
         iso="2025-06-23T14:00:00+07:00",
         title="Xử lý ổ dịch tay chân miệng tại điểm trường mẫu giáo ấp Bến Thế",
         lede=("Sau khi ghi nhận 4 trẻ mắc tay chân miệng trong cùng một lớp, ngày 20/6, Trung tâm Y tế khu vực Trà Cú "
               "phối hợp Trạm Y tế xã Lưu Nghiệp Anh xử lý ổ dịch tại điểm trường mẫu giáo ấp Bến Thế."),
         paras=["Đội đáp ứng nhanh đã khử khuẩn toàn bộ phòng học, đồ chơi và nhà vệ sinh bằng dung dịch Cloramin B; "
                "hướng dẫn giáo viên theo dõi, phát hiện sớm trẻ có biểu hiện sốt, loét miệng, phát ban ở lòng bàn tay, bàn chân.",
                "Các trẻ mắc bệnh được cho nghỉ học, điều trị tại nhà và được cán bộ trạm y tế theo dõi hằng ngày; đến nay "
                "sức khỏe các cháu đã ổn định.",
                "Trung tâm khuyến cáo phụ huynh thường xuyên rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch, vệ sinh đồ "
                "chơi và đưa trẻ đến cơ sở y tế ngay khi có dấu hiệu bệnh."],
         byline=["HỮU TÀI", "Khoa Kiểm soát bệnh tật"], meta=True),
    dict(n=5, cat=("tin-hoat-dong", "Tin hoạt động"), aid=2371, shown="Thứ Tư, 18/06/2025 09:20",
         iso="2025-06-18T09:20:00+07:00",
         title="Tập huấn kỹ năng sơ cấp cứu ban đầu cho nhân viên y tế ấp, khóm",
         lede=("Từ ngày 16 đến 17/6, Trung tâm Y tế khu vực Trà Cú tổ chức lớp tập huấn kỹ năng sơ cấp cứu ban đầu "
               "cho 85 nhân viên y tế ấp, khóm và cộng tác viên dân số trên địa bàn."),
         paras=["Học viên được hướng dẫn cách xử trí ban đầu các trường hợp đuối nước, điện giật, ong đốt, rắn cắn, gãy "
                "xương và cầm máu vết thương; thực hành hồi sinh tim phổi trên mô hình.",
                "Kết thúc lớp học, 100% học viên đạt yêu cầu bài kiểm tra thực hành và được cấp giấy chứng nhận."],
         byline=["NGỌC HÂN"], meta=False),
    dict(n=6, cat=("phong-chong-dich-benh", "Phòng chống dịch bệnh"), aid=2358, shown="Thứ Sáu, 13/06/2025 15:30",
         iso="2025-06-13T15:30:00+07:00",
         title="Tiêm vắc xin sởi bổ sung cho gần 1.200 trẻ từ 1 đến 5 tuổi",
         lede=("Thực hiện kế hoạch của Sở Y tế, từ ngày 09 đến 12/6, các trạm y tế trong khu vực Trà Cú đã tổ chức tiêm "
               "bổ sung vắc xin sởi - rubella cho 1.186 trẻ từ 1 đến 5 tuổi, đạt 97,3% kế hoạch."),
         paras=["Trước chiến dịch, cán bộ trạm y tế và cộng tác viên đã rà soát từng hộ gia đình, lập danh sách trẻ chưa "
                "tiêm hoặc tiêm chưa đủ mũi, thông báo lịch tiêm qua loa truyền thanh và nhóm Zalo của ấp, khóm.",
                "Ảnh: Tiêm vắc xin sởi - rubella cho trẻ tại Trạm Y tế thị trấn Trà Cú",
                "Các điểm tiêm đều bố trí khu vực khám sàng lọc, theo dõi sau tiêm 30 phút và tổ cấp cứu lưu động; không "
                "ghi nhận trường hợp phản ứng nặng sau tiêm.",
                "Những trẻ chưa được tiêm trong đợt này sẽ được tiêm vét vào ngày tiêm chủng thường xuyên tháng 7."],
         byline=["KIM NGÂN", "Khoa Kiểm soát bệnh tật"], meta=True),
    dict(n=7, cat=("tin-hoat-dong", "Tin hoạt động"), aid=2344, shown="Thứ Ba, 10/06/2025 08:00",
         iso="2025-06-10T08:00:00+07:00",
         title="Đưa vào sử dụng máy siêu âm màu 4D tại Khoa Khám bệnh",
         lede=("Từ ngày 09/6, Khoa Khám bệnh, Trung tâm Y tế khu vực Trà Cú chính thức đưa vào sử dụng máy siêu âm màu "
               "4D do Sở Y tế cấp từ nguồn vốn đầu tư công năm 2025, trị giá hơn 2,1 tỷ đồng."),
         paras=["Máy cho hình ảnh rõ nét, hỗ trợ bác sĩ chẩn đoán sớm các bệnh lý tim mạch, sản khoa, tuyến giáp và ổ bụng; "
                "người dân không phải chuyển lên tuyến tỉnh để siêu âm chuyên sâu.",
                "Trong tuần đầu vận hành, Khoa đã thực hiện 236 lượt siêu âm, trong đó có 58 lượt siêu âm thai."],
         byline=["MINH ĐỨC", "Khoa Khám bệnh"], meta=True),
    dict(n=8, cat=("tin-hoat-dong", "Tin hoạt động"), aid=2330, shown="Thứ Năm, 05/06/2025 17:10",
         iso="2025-06-05T17:10:00+07:00",
         title="Hưởng ứng Tháng hành động vì an toàn thực phẩm năm 2025",
         lede=("Trong Tháng hành động vì an toàn thực phẩm năm 2025, đoàn kiểm tra liên ngành khu vực Trà Cú đã kiểm tra "
               "64 cơ sở sản xuất, kinh doanh thực phẩm và bếp ăn tập thể, nhắc nhở 9 cơ sở chưa đảm bảo điều kiện vệ sinh."),
         paras=["Đoàn tập trung kiểm tra giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, giấy khám sức khỏe của "
                "người trực tiếp chế biến, nguồn gốc nguyên liệu và việc lưu mẫu thức ăn tại các bếp ăn trường học.",
                "Các cơ sở vi phạm được yêu cầu khắc phục trong 15 ngày; đoàn sẽ tái kiểm tra trước khi kết thúc đợt cao điểm."],
         byline=["BẢO TRÂN"], meta=True),
]
BY_N = {s["n"]: s for s in STORIES}
# The crawl's order: home page, category pages, then articles (the newest last: its lede is by then
# in the "Tin liên quan" box of four article pages already seen).
ARTICLE_ORDER = [2, 3, 4, 5, 1, 6, 7, 8]
RELATED = {1: [2, 3, 4], 2: [1, 3, 4], 3: [1, 2, 4], 4: [1, 2, 3], 5: [1, 2, 3], 6: [1, 2, 3], 7: [1, 2, 3],
           8: [1, 2, 3]}
MOST_READ = [7, 3, 6, 8, 2]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def url_of(s: dict) -> str:
    return f"{HOST}/tin-tuc/{s['cat'][0]}/ArticleID/{s['aid']}/{slug(s['title'])}"


def e(text: str) -> str:
    return html.escape(text, quote=True)


def head(title: str, description: str | None) -> str:
    meta = f'<meta name="description" content="{e(description)}">\n' if description else ""
    return (f"<!DOCTYPE html>\n<html lang=\"vi-VN\">\n<head id=\"Head\">\n"
            f"<meta content=\"text/html; charset=UTF-8\" http-equiv=\"Content-Type\">\n<title>\n\t{e(title)}\n</title>\n"
            f"{meta}<meta id=\"MetaGenerator\" name=\"GENERATOR\" content=\"DotNetNuke \">\n"
            f"<link href=\"/Portals/_default/Skins/TraCu/skin.css\" rel=\"stylesheet\" type=\"text/css\">\n"
            f"<link href=\"/DesktopModules/EasyDNNnews/static/common/common.css\" rel=\"stylesheet\" type=\"text/css\">\n"
            f"</head>\n")


def top(path_label: list[tuple[str, str]]) -> str:
    menu = "".join(f'<li class="dnnmega-item"><a href="/{slug(m)}">{e(m)}</a></li>' for m in MENU)
    crumbs = " <span class=\"sep\">›</span> ".join(f'<a class="breadcrumbLink" href="{h}">{e(t)}</a>' for h, t in path_label)
    return (f"<body id=\"Body\">\n<form action=\"/\" enctype=\"multipart/form-data\" id=\"Form\" method=\"post\">\n"
            f"<div class=\"aspNetHidden\"><input id=\"__VIEWSTATE\" name=\"__VIEWSTATE\" type=\"hidden\" "
            f"value=\"/wEPDwULLTEwNjU4Mjk4NTMPZBYGZg8WAh4EVGV4dAUVPCFET0NUWVBFIGh0bWw+\"></div>\n"
            f"<div id=\"siteWrapper\">\n<div class=\"topbar\"><span class=\"today\">Hôm nay: Thứ Ba, 08/07/2025</span> "
            f"<span class=\"lang\"><a href=\"/\">Tiếng Việt</a> | <a href=\"/en\">English</a></span> "
            f"<a id=\"dnn_dnnLOGIN_loginLink\" href=\"/dang-nhap\" rel=\"nofollow\">Đăng nhập</a></div>\n"
            f"<div class=\"banner\"><a href=\"/\" id=\"dnn_dnnLOGO_hypLogo\"><img alt=\"{e(SITE)}\" src=\"/Portals/0/logo.png\"></a>"
            f"<div class=\"banner-text\"><div class=\"parent-unit\">{e(PARENT)}</div><div class=\"unit-name\">{e(UNIT)}</div>"
            f"<div class=\"slogan\">Tận tụy - Chuyên nghiệp - Vì sức khỏe cộng đồng</div></div></div>\n"
            f"<nav id=\"dnn_pnav\" class=\"dnnmega\"><ul class=\"dnnmega-root\">{menu}</ul></nav>\n"
            f"<div class=\"search\"><input id=\"dnn_dnnSearch_txtSearch\" placeholder=\"Tìm kiếm...\" type=\"text\">"
            f"<a class=\"SearchButton\" href=\"javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')\">Tìm</a></div>\n"
            f"<div class=\"marquee\"><span class=\"marquee-label\">Tin mới:</span> "
            f"<a href=\"{url_of(BY_N[1])}\">{e(BY_N[1]['title'])}</a></div>\n"
            f"<div class=\"breadcrumb\"><span class=\"breadcrumb-label\">Bạn đang ở:</span> {crumbs}</div>\n"
            f"<div class=\"row main\">\n")


def sidebar() -> str:
    most = "".join(f'<li><a href="{url_of(BY_N[n])}">{e(BY_N[n]["title"])}</a></li>' for n in MOST_READ)
    poll = "".join(f'<li><label><input name="poll" type="radio"> {e(o)}</label></li>' for o in POLL[1:])
    return (f"<div class=\"col-md-3 LeftPane\" id=\"dnn_LeftPane\">\n"
            f"<div class=\"DnnModule DnnModule-HTML\"><div class=\"box-title\"><h3>Đường dây nóng</h3></div>"
            f"<div class=\"box-content hotline\"><p>{e(HOTLINE)}</p><p>{e(HOURS)}</p></div></div>\n"
            f"<div class=\"DnnModule DnnModule-EasyDNNnews\"><div class=\"box-title\"><h3>Tin xem nhiều</h3></div>"
            f"<ul class=\"edn_mostPopular\">{most}</ul></div>\n"
            f"<div class=\"DnnModule DnnModule-Poll\"><div class=\"box-title\"><h3>Thăm dò ý kiến</h3></div>"
            f"<div class=\"poll\"><p class=\"question\">{e(POLL[0])}</p><ul>{poll}</ul>"
            f"<a class=\"btn\" href=\"javascript:void(0)\">Biểu quyết</a> <a href=\"/ket-qua-binh-chon\">Xem kết quả</a></div></div>\n"
            f"<div class=\"DnnModule DnnModule-HTML\"><div class=\"box-title\"><h3>Liên kết website</h3></div>"
            f"<ul class=\"links\"><li><a href=\"https://moh.gov.vn\">Bộ Y tế</a></li>"
            f"<li><a href=\"https://soyte.vinhlong.gov.vn\">Sở Y tế tỉnh Vĩnh Long</a></li></ul></div>\n"
            f"<div class=\"DnnModule DnnModule-Counter\"><p>Lượt truy cập: 1.482.306</p><p>Đang online: 37</p></div>\n"
            f"</div>\n")


def bottom() -> str:
    foot = "<br>\n".join(e(line) for line in FOOTER)
    return (f"</div>\n<footer class=\"footer\" id=\"dnn_FooterPane\"><p>{foot}</p>"
            f"<p class=\"copyright\">Bản quyền © 2025 {e(SITE)}. Thiết kế bởi VNPT Vĩnh Long.</p></footer>\n"
            f"</div>\n</form>\n</body>\n</html>\n")


def teaser(s: dict, heading: str = "h2") -> str:
    return (f"<div class=\"edn_article edn_clearFix\">\n"
            f"<a class=\"edn_articleImage\" href=\"{url_of(s)}\"><img alt=\"\" src=\"/Portals/0/EasyDNNnews/{s['aid']}/thumb.jpg\"></a>\n"
            f"<{heading} class=\"edn_articleTitle\"><a href=\"{url_of(s)}\">{e(s['title'])}</a></{heading}>\n"
            f"<div class=\"edn_metaDetails\"><time class=\"edn_articleDate\">{e(s['shown'].split(', ')[1])}</time></div>\n"
            f"<div class=\"edn_articleSummary\">{e(s['lede'])}</div>\n"
            f"<a class=\"edn_readMore edn_readMoreButton\" href=\"{url_of(s)}\">Xem tiếp</a>\n</div>\n")


def listing(title: str, heading: str, items: list[int], crumbs, pager: str) -> str:
    body = "".join(teaser(BY_N[n]) for n in items)
    return (head(f"{title} - {SITE}", None) + top(crumbs) + sidebar()
            + f"<div class=\"col-md-9 ContentPane\" id=\"dnn_ContentPane\">\n"
              f"<div class=\"DnnModule DnnModule-EasyDNNnews\"><div class=\"box-title\"><h2>{e(heading)}</h2></div>\n"
              f"<div class=\"eds_news_module eds_template_List_Article_Default\">\n{body}{pager}</div></div>\n</div>\n"
            + bottom())


def article(s: dict) -> str:
    paras = []
    for p in s["paras"]:
        if p.startswith("Ảnh: "):
            paras.append(f"<p style=\"text-align:center\"><img alt=\"\" src=\"/Portals/0/EasyDNNnews/{s['aid']}/anh-1.jpg\"></p>"
                         f"\n<p style=\"text-align:center\"><em>{e(p)}</em></p>")
        else:
            paras.append(f"<p style=\"text-align:justify\">{e(p)}</p>")
    byline = "<br>".join(f"<strong>{e(b)}</strong>" if i == 0 else e(b) for i, b in enumerate(s["byline"]))
    related = "".join(
        f"<li class=\"edn_relatedItem\"><a href=\"{url_of(BY_N[n])}\">{e(BY_N[n]['title'])}</a> "
        f"<span class=\"edn_relatedDate\">({e(BY_N[n]['shown'].split(', ')[1][:10])})</span>"
        f"<p class=\"edn_relatedSummary\">{e(BY_N[n]['lede'])}</p></li>" for n in RELATED[s["n"]])
    cat_url, cat_name = f"/tin-tuc/{s['cat'][0]}", s["cat"][1]
    crumbs = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức - Sự kiện"), (cat_url, cat_name)]
    return (head(f"{s['title']} - {SITE}", s["lede"] if s["meta"] else None) + top(crumbs) + sidebar()
            + f"<div class=\"col-md-9 ContentPane\" id=\"dnn_ContentPane\">\n"
              f"<div class=\"DnnModule DnnModule-EasyDNNnews\"><div class=\"box-title\"><h2>{e(cat_name)}</h2></div>\n"
              f"<div class=\"eds_news_module eds_template_Details_Article_Default\">\n"
              f"<div class=\"edn_article edn_articleDetails\">\n"
              f"<h1 class=\"edn_articleTitle\">{e(s['title'])}</h1>\n"
              f"<div class=\"edn_metaDetails\"><time class=\"edn_articleDate\">{e(s['shown'])}</time>"
              f" <span class=\"edn_articleCategories\">Chuyên mục: <a href=\"{cat_url}\">{e(cat_name)}</a></span>"
              f" <span class=\"edn_articleViews\">Lượt xem: {300 + 37 * s['n']}</span></div>\n"
              f"<div class=\"edn_articleTools\"><a href=\"javascript:window.print()\">In bài viết</a> "
              f"<a href=\"/gui-email?ArticleID={s['aid']}\">Gửi email</a> <span>Cỡ chữ: A- A A+</span></div>\n"
              f"<div class=\"edn_articleSummary\"><p><strong>{e(s['lede'])}</strong></p></div>\n"
              f"<div class=\"edn_articleContent\">\n" + "\n".join(paras)
            + f"\n<p style=\"text-align:right\">{byline}</p>\n</div>\n"
              f"<div class=\"edn_articleNote\"><p><em>{e(NOTICE)}</em></p></div>\n"
              f"<div class=\"edn_socialPrintWrapper\"><span>Chia sẻ bài viết</span> "
              f"<a href=\"https://www.facebook.com/sharer/sharer.php?u={url_of(s)}\">Facebook</a> "
              f"<a href=\"https://zalo.me/share?u={url_of(s)}\">Zalo</a></div>\n"
              f"<div class=\"edn_relatedArticles\"><h3 class=\"edn_relatedTitle\">Tin liên quan</h3>"
              f"<ul>{related}</ul></div>\n</div>\n</div></div>\n</div>\n"
            + bottom())


def reference_body(s: dict) -> str:
    return "\n".join([s["lede"], *s["paras"], *s["byline"]])


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def build() -> tuple[list[tuple[str, str]], dict]:
    files, pages = [], []
    newest = [1, 2, 3, 4, 5]
    pager = ("<div class=\"edn_pagination\"><span class=\"active\">1</span> <a href=\"?page=2\">2</a> "
             "<a href=\"?page=3\">3</a> <a href=\"?page=2\">Trang sau »</a></div>\n")
    listings = [
        (f"{HOST}/", "Trang chủ", "Tin mới nhất", newest, [("/", "Trang chủ")], "",
         "home page: the five newest articles, each with its whole lede as teaser"),
        (f"{HOST}/tin-tuc/tin-hoat-dong", "Tin hoạt động", "Tin hoạt động", [2, 3, 5, 7, 8],
         [("/", "Trang chủ"), ("/tin-tuc", "Tin tức - Sự kiện"), ("/tin-tuc/tin-hoat-dong", "Tin hoạt động")], pager,
         "category listing page 1: five teasers with whole ledes, pagination"),
        (f"{HOST}/tin-tuc/phong-chong-dich-benh", "Phòng chống dịch bệnh", "Phòng chống dịch bệnh", [1, 4, 6],
         [("/", "Trang chủ"), ("/tin-tuc", "Tin tức - Sự kiện"), ("/tin-tuc/phong-chong-dich-benh", "Phòng chống dịch bệnh")],
         "", "category listing: three teasers with whole ledes"),
    ]
    furniture = [*MENU[:4], PARENT, UNIT, HOTLINE, HOURS, NOTICE, *FOOTER[1:], "Tin liên quan", "Tin xem nhiều",
                 "Chia sẻ bài viết", "Thăm dò ý kiến", POLL[0], "Lượt truy cập: 1.482.306", "Tiếng Việt | English"]
    ARTICLE_ONLY = {NOTICE, "Tin liên quan", "Chia sẻ bài viết"}
    number = 0
    for url, title, heading, items, crumbs, pg, notes in listings:
        number += 1
        name = f"tl-{number:02d}"
        page = listing(title, heading, items, crumbs, pg)
        files.append((f"{name}.html", page))
        pages.append({"id": name, "family": FAMILY, "held_out": True, "kind": "listing", "file": f"{FAMILY}/{name}.html",
                      "url": url, "content_type": "text/html; charset=utf-8", "site": SITE, "title": heading,
                      "published": None, "body": "", "must_contain": [],
                      "must_not_contain": [s for s in furniture if s not in ARTICLE_ONLY], "notes": notes})
    for n in ARTICLE_ORDER:
        s = BY_N[n]
        number += 1
        name = f"tl-{number:02d}"
        page = article(s)
        files.append((f"{name}.html", page))
        others = [BY_N[r]["lede"] for r in RELATED[n]]
        notes = (f"article; lede in .edn_articleSummary{' and meta description' if s['meta'] else ' only (no meta description)'}"
                 f", shown whole as teaser on {sum(n in listed[3] for listed in listings)} listing page(s)"
                 f" and in the 'Tin liên quan' box of {sum(n in RELATED[m] for m in RELATED if m != n)} other article(s)")
        pages.append({"id": name, "family": FAMILY, "held_out": True, "kind": "article", "file": f"{FAMILY}/{name}.html",
                      "url": url_of(s), "content_type": "text/html; charset=utf-8", "site": SITE, "title": s["title"],
                      "published": s["iso"], "body": reference_body(s),
                      "must_contain": [s["lede"], s["paras"][-1], s["byline"][0]],
                      "must_not_contain": furniture + others, "notes": notes})
    # Checks: what the reference says is on the page; boilerplate is on the page and not in the body.
    for (fname, page), entry in zip(files, pages):
        shown = " ".join(text_of(page).split())
        for seg in entry["must_contain"]:
            assert " ".join(seg.split()) in shown, (fname, seg)
        for seg in entry["must_not_contain"]:
            assert " ".join(seg.split()) in shown, (fname, "boilerplate not on page", seg)
            assert seg not in entry["body"], (fname, "boilerplate in body", seg)
        if entry["kind"] == "article":
            assert entry["title"] in shown
    family = {"family": {
        "name": "DotNetNuke + EasyDNNnews: listings and related boxes that show whole ledes",
        "held_out": True,
        "about": ("Built by bench/corpus/teaserledes/build.py. One imagined DotNetNuke site (EasyDNNnews module) of a "
                  "district-level health centre after the 2025 merger: its home page and category pages show each "
                  "article's whole lede as the teaser (.edn_articleSummary), and each article page repeats three "
                  "newest articles' ledes in a 'Tin liên quan' box. Heavy furniture on every page: parent unit and unit "
                  "name banner, mega menu, breadcrumb, 'Tin mới:' ticker, hotline box, most-read list, poll, links, "
                  "visitor counter, toolbar, a hotline notice after every article body, share bar, footer. Pages are "
                  "listed in a first crawl's order (home, category pages, articles, the newest article after four "
                  "others): tests/test_template_teasers.py learns the source's template in that order. Written for the "
                  "template rule of 2026-12 (teasers are not template) but not tuned on; site and URLs are imagined, "
                  "not checked live."),
        "publishers": [SITE]}, "pages": pages}
    return files, family


def main() -> None:
    files, family = build()
    for name, page in files:
        (HERE / name).write_text(page, "utf-8")
    (HERE / "family.json").write_text(json.dumps(family, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {len(files)} pages and family.json to {HERE}")


if __name__ == "__main__":
    main()
