"""Fixture sites for `soyte sources --discover` (issue 19), served on loopback.

Each site answers for one or more host names; `FixtureWeb` runs one server per
site on 127.0.0.(40+i), port 0, and writes the SOYTE_HOST_MAP file that makes
the discovery crawler send those names there (as through a proxy: the URL and
the Host header stay the real site's) and treat every other name as one that
does not resolve. Nothing here looks up a real name.

The world, province Quảng Ngãi (merged with Kon Tum in 2025):
- soyte.quangngai.gov.vn: the Sở Y tế, a Liferay 6.2 portal: banner, menus,
  "Tin đọc nhiều", "Liên kết website" drop-down (its CDC, two TTYTs, the
  ministry, Facebook), visitor counter, footer; six dated articles;
- soyt.quangngai.gov.vn: an old name, 301 to soyte.quangngai.gov.vn;
- ksbtquangngai.vn: the CDC, NukeViet, another host pattern than the Sở's, its
  footer naming its parent ("Cơ quan chủ quản: Sở Y tế tỉnh Quảng Ngãi"); the
  home page shows two articles, the rest are in its "Tin tức" listing;
- cdcquangngai.vn: a parked domain whose keyword links name the CDC;
- yte.quangngai.gov.vn: a vendor's staging copy of another province's portal
  (Sở Y tế Gia Lai), with real-looking dated articles;
- syt.quangngai.gov.vn: 301 to soyte.binhdinh.gov.vn, the former Bình Định's
  department (another province: Gia Lai today);
- ttytbinhson.vn: a district health centre (DotNetNuke), linked from the Sở;
- cdc.hatinh.gov.vn: a known source of the test's sources file (the reference).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

from archive.text import slugify

from localserver import LocalServer
from localserver import serve as serve_local

Route = tuple[int, dict[str, str], str]

PARAGRAPHS = [
    "Sáng ngày 14/3, Sở Y tế tỉnh Quảng Ngãi tổ chức hội nghị triển khai kế hoạch phòng, chống dịch bệnh truyền "
    "nhiễm năm 2025. Dự hội nghị có lãnh đạo các phòng chức năng, Trung tâm Kiểm soát bệnh tật tỉnh, các bệnh viện "
    "tuyến tỉnh và Trung tâm Y tế các huyện, thị xã, thành phố.",
    "Theo báo cáo, từ đầu năm đến nay toàn tỉnh ghi nhận 1.214 ca mắc sốt xuất huyết, giảm 18% so với cùng kỳ; 386 "
    "ca tay chân miệng và 12 ca sởi, không có trường hợp tử vong. Các ổ dịch đều được phát hiện sớm và xử lý kịp "
    "thời theo đúng hướng dẫn của Bộ Y tế.",
    "Phát biểu chỉ đạo, Giám đốc Sở Y tế đề nghị các đơn vị tăng cường giám sát tại cộng đồng, chủ động phun hóa "
    "chất diệt muỗi tại các xã có ca bệnh, đẩy mạnh truyền thông để người dân đậy kín dụng cụ chứa nước, loại bỏ "
    "vật dụng phế thải và đưa người bệnh đến cơ sở y tế khi có dấu hiệu sốt cao liên tục.",
    "Trong đợt tiêm bổ sung vắc xin sởi – rubella, ngành y tế đặt mục tiêu tiêm cho trên 95% trẻ từ 1 đến 5 tuổi "
    "chưa tiêm đủ mũi. Các trạm y tế xã tổ chức điểm tiêm lưu động tại những thôn vùng sâu, vùng xa, bảo đảm an "
    "toàn tiêm chủng theo quy định.",
    "Đoàn kiểm tra liên ngành về an toàn thực phẩm đã kiểm tra 146 cơ sở sản xuất, kinh doanh thực phẩm và dịch vụ "
    "ăn uống, phát hiện và xử lý 17 cơ sở vi phạm, chủ yếu về điều kiện vệ sinh và giấy chứng nhận sức khỏe của "
    "người trực tiếp chế biến.",
    "Nhân dịp kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2025), nhiều tập thể và cá nhân có thành "
    "tích xuất sắc trong công tác chăm sóc, bảo vệ sức khỏe nhân dân được khen thưởng; các đơn vị tổ chức thăm "
    "hỏi, động viên cán bộ y tế đang công tác tại các xã miền núi.",
    "Lớp tập huấn giám sát bệnh không lây nhiễm thu hút hơn 80 học viên là cán bộ phụ trách chương trình tại Trung "
    "tâm Y tế tuyến huyện và trạm y tế xã. Học viên được cập nhật kiến thức về quản lý tăng huyết áp, đái tháo "
    "đường và cách ghi chép sổ sách, báo cáo trên phần mềm.",
    "Đảng ủy cơ quan đánh giá, 6 tháng đầu năm các chi bộ trực thuộc đã lãnh đạo thực hiện tốt nhiệm vụ chuyên "
    "môn, giữ vững chất lượng sinh hoạt chi bộ, kết nạp 5 đảng viên mới và hoàn thành việc sắp xếp tổ chức bộ máy "
    "theo chủ trương của tỉnh sau hợp nhất.",
]

TITLES = [
    "Triển khai kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2025",
    "Tình hình sốt xuất huyết tuần 23 năm 2025, số ca mắc giảm so với cùng kỳ",
    "Tiêm bổ sung vắc xin sởi rubella cho trẻ từ 1 đến 5 tuổi tại các xã miền núi",
    "Kiểm tra liên ngành an toàn thực phẩm dịp Tết Nguyên đán Ất Tỵ",
    "Họp mặt kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam 27/2",
    "Tập huấn giám sát, quản lý bệnh không lây nhiễm tuyến cơ sở năm 2025",
    "Đảng ủy sơ kết công tác Đảng 6 tháng đầu năm 2025",
]
DAYS = ["12/06/2025", "03/06/2025", "21/05/2025", "14/03/2025", "27/02/2025", "10/01/2025", "18/07/2024"]


def _body(n: int) -> str:
    return "\n".join(f"<p>{PARAGRAPHS[(n + k) % len(PARAGRAPHS)]}</p>" for k in range(4))


# --------------------------------------------------------------------------- Liferay 6.2 (Sở Y tế)


def _liferay_page(site_name: str, title: str, main: str, links_box: str, address: str) -> str:
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head><title>{title}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<link href="/html/themes/soyte-theme/images/favicon.ico" rel="Shortcut Icon">
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=soytetheme_WAR_soytetheme"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="language"><a href="/">Tiếng Việt</a> | <a href="/en/">English</a></span>
<span class="sign-in"><a href="/c/portal/login" rel="nofollow">Đăng nhập</a></span></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="{site_name}">
<img alt="" src="/image/layout_set_logo?img_id=10432"><span>{site_name.upper()}</span></a></h1></div>
<nav class="navbar site-navigation" id="navigation" role="navigation"><ul role="menubar">
<li><a href="/"><span>Trang chủ</span></a></li><li><a href="/gioi-thieu"><span>Giới thiệu</span></a></li>
<li><a href="/co-cau-to-chuc"><span>Cơ cấu tổ chức</span></a></li><li><a href="/tin-tuc-su-kien"><span>Tin tức - Sự kiện</span></a></li>
<li><a href="/van-ban-chi-dao-dieu-hanh"><span>Văn bản</span></a></li><li><a href="/lich-cong-tac"><span>Lịch công tác</span></a></li>
<li><a href="/thu-tuc-hanh-chinh"><span>Thủ tục hành chính</span></a></li><li><a href="/lien-he"><span>Liên hệ</span></a></li></ul></nav>
<form action="/tim-kiem" class="search-form" method="get"><input name="q" placeholder="Nhập từ khóa..." type="text"><button type="submit">Tìm kiếm</button></form>
</header>
<div id="content"><div class="portlet-layout row-fluid">
{main}
<div class="portlet-column portlet-column-last span3" id="column-3">
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">Thông báo</h2></header>
<ul><li><a href="/van-ban-chi-dao-dieu-hanh">Thông báo tuyển dụng viên chức năm 2025</a></li>
<li><a href="/lich-cong-tac">Lịch tiếp công dân của Giám đốc Sở</a></li></ul></section>
<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">Liên kết website</h2></header>{links_box}</section>
<section class="portlet counter"><header class="portlet-topper"><h2 class="portlet-title">Thống kê truy cập</h2></header>
<p>Lượt truy cập: 2.113.804</p><p>Đang online: 61</p></section>
</div></div></div>
<footer id="footer" role="contentinfo"><p class="powered-by">{site_name.upper()}<br>
{address}<br>ĐT: 0255.3822.713 - Fax: 0255.3822.714<br>
Chịu trách nhiệm chính: Giám đốc Sở Y tế<br>
Ghi rõ nguồn “{site_name}” khi phát hành lại thông tin từ website này.</p></footer>
</div></body></html>"""


def liferay_site(site_name: str, address: str, links_box: str = "", first_id: int = 5120300,
                 titles: list[str] | None = None) -> dict[str, Route]:
    titles = titles or TITLES[:6]
    articles = [(first_id - 1137 * i, t, DAYS[i]) for i, t in enumerate(titles)]
    items = "\n".join(
        f'<li><a href="/tin-tuc-su-kien/-/view_content/{n}-{slugify(t)}">{t}</a> <span class="date">({d})</span></li>'
        for n, t, d in articles)
    most_read = "\n".join(f'<li><a href="/tin-tuc-su-kien/-/view_content/{n}-{slugify(t)}">{t}</a></li>'
                          for n, t, d in articles[:3])
    home_main = f"""<div class="portlet-column portlet-column-first span3" id="column-1">
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span>Tin đọc nhiều</span></h1></header>
<ul class="most-read">{most_read}</ul></section></div>
<div class="portlet-column span6" id="column-2"><a id="main-content"></a>
<div class="home-news"><h2 class="block-title"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></h2>
<ul class="home-list">{items}</ul><a class="more" href="/tin-tuc-su-kien">Xem tất cả</a></div></div>"""
    routes: dict[str, Route] = {
        "/": (200, {}, _liferay_page(site_name, site_name, home_main, links_box, address)),
        "/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /c/portal/\n"),
    }
    for i, (n, title, day) in enumerate(articles):
        main = f"""<div class="portlet-column span9" id="column-2"><a id="main-content"></a>
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ul>
<div class="portlet-body"><div class="asset-full-content">
<div class="asset-full-content-title"><h3 class="header-title"><span>{title}</span></h3></div>
<div class="assetPublishDate">Ngày đăng {day} | 8:00 AM | View count: {1200 + 37 * i}</div>
<div class="asset-content"><p class="sapo"><strong>{PARAGRAPHS[(i + 3) % len(PARAGRAPHS)]}</strong></p>
<div class="journal-content-article">{_body(i)}<p style="text-align:right"><strong>PHÒNG NGHIỆP VỤ Y</strong></p></div>
</div><div class="taglib-social-bookmarks">Chia sẻ bài viết: <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div>
<div class="print-action"><a href="?p_p_state=pop_up&amp;viewMode=print">In bài viết</a> | <a href="/gui-email">Gửi email</a></div>
</div>
<div class="other-news"><h4>Các tin khác</h4><ul>{most_read}</ul></div></div></div>"""
        routes[f"/tin-tuc-su-kien/-/view_content/{n}-{slugify(title)}"] = (
            200, {}, _liferay_page(site_name, f"{title} - Tin tức - Sự kiện - {site_name}", main, links_box, address))
    return routes


SO_LINKS = """<select onchange="window.open(this.value)" class="weblink">
<option value="">-- Liên kết website --</option>
<option value="https://moh.gov.vn/">Bộ Y tế</option>
<option value="http://ksbtquangngai.vn/">Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ngãi</option>
<option value="http://ttytbinhson.vn/">Trung tâm Y tế huyện Bình Sơn</option>
<option value="http://ttytsontinh.vn/">Trung tâm Y tế huyện Sơn Tịnh</option>
<option value="http://bvdkquangngai.vn/">Bệnh viện Đa khoa tỉnh Quảng Ngãi</option>
<option value="http://syt.hanoi.gov.vn/">Sở Y tế Hà Nội</option>
</select>
<ul><li><a href="https://www.facebook.com/soytequangngai" target="_blank">Fanpage Facebook Sở Y tế</a></li>
<li><a href="https://ncov.moh.gov.vn/" target="_blank">Cổng thông tin Bộ Y tế về dịch bệnh</a></li></ul>"""


# --------------------------------------------------------------------------- NukeViet (CDC)


def _nukeviet_page(site_name: str, title: str, main: str, parent: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="NukeViet v4.5">
<meta property="og:type" content="website">
<link rel="StyleSheet" href="/themes/default/css/nukeviet.css">
</head>
<body><div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-md-8"><a title="{site_name}" href="/"><img src="/uploads/logo-cdc.png" alt="{site_name}"></a></div>
<div class="col-md-16"><div class="language"><a href="/">Tiếng Việt</a> | <a href="/en/">English</a></div>
<div class="personalArea"><a href="/admin/" rel="nofollow">Đăng nhập</a></div></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">
<li><a title="Trang chủ" href="/">Trang chủ</a></li><li><a title="Giới thiệu" href="/about/gioi-thieu.html">Giới thiệu</a></li>
<li><a title="Tin tức" href="/tin-tuc/">Tin tức</a></li><li><a title="Tiêm chủng" href="/tiem-chung/">Tiêm chủng</a></li>
<li><a title="Văn bản" href="/van-ban/">Văn bản</a></li><li><a title="Liên hệ" href="/contact/">Liên hệ</a></li></ul></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-md-18">{main}</div>
<div class="col-md-6"><div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>
<div class="panel-body"><ul><li><a href="https://moh.gov.vn/">Bộ Y tế</a></li><li><a href="https://vncdc.gov.vn/">Cục Phòng bệnh</a></li>
<li><a href="https://www.facebook.com/cdcquangngai">Facebook CDC</a></li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><p>Đang online: 19</p><p>Lượt truy cập: 904.226</p></div></div>
</div></div></div></section>
<footer id="footer"><div class="container"><p>Cơ quan chủ quản: {parent}</p><p>{site_name.upper()}</p>
<p>Địa chỉ: Số 8 Hai Bà Trưng, phường Cẩm Thành, tỉnh Quảng Ngãi</p><p>ĐT: 0255.3822.543</p>
<p>Ghi rõ nguồn “CDC Quảng Ngãi” khi phát hành lại thông tin từ website này.</p><p>Vận hành bởi hệ thống NukeViet</p></div></footer>
</div></div></body></html>"""


def nukeviet_site(site_name: str, parent: str) -> dict[str, Route]:
    articles = [(2210 - 13 * i, t, DAYS[i]) for i, t in enumerate(TITLES)]

    def item(n, t, d):
        return f'<li><a href="/tin-tuc/{slugify(t)}-{n}.html">{t}</a> <span class="date">({d})</span></li>'

    home = f"""<div class="panel panel-default"><div class="panel-heading">Tin nổi bật</div><ul class="block-news">
{''.join(item(*a) for a in articles[:2])}</ul><a href="/tin-tuc/">Xem thêm</a></div>"""
    listing = f"""<div class="news_column"><h1>Tin tức</h1><ul class="list-news">{''.join(item(*a) for a in articles)}</ul>
<div class="generate_page"><a href="/tin-tuc/page-2">2</a> <a href="/tin-tuc/page-2">»</a></div></div>"""
    routes: dict[str, Route] = {
        "/": (200, {}, _nukeviet_page(site_name, site_name, home, parent)),
        "/tin-tuc/": (200, {}, _nukeviet_page(site_name, f"Tin tức - {site_name}", listing, parent)),
        "/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /admin/\n"),
    }
    for i, (n, title, day) in enumerate(articles):
        d, m, y = day.split("/")
        main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{title}</h1>
<span class="hidden hide d-none" itemprop="datePublished" content="{y}-{m}-{d}T09:00:00+07:00">{y}-{m}-{d}T09:00:00+07:00</span>
<div class="row"><span class="h5">Thứ hai - {day} 09:00</span> <a href="/sendmail/?id={n}" rel="nofollow">Gửi email</a> <a href="javascript:void(0);">In bài viết</a></div>
<div class="hometext" itemprop="description">{PARAGRAPHS[(i + 1) % len(PARAGRAPHS)]}</div>
<div id="news-bodyhtml" class="bodytext">{_body(i + 2)}<p style="text-align: right;"><strong>KHOA TRUYỀN THÔNG</strong></p></div>
<p class="h5 text-right"><strong>Tác giả: </strong>KHOA TRUYỀN THÔNG</p></div></div>
<div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul>{''.join(item(*a) for a in articles[:3])}</ul></div>"""
        routes[f"/tin-tuc/{slugify(title)}-{n}.html"] = (
            200, {}, _nukeviet_page(site_name, f"{title} - {site_name}", main, parent))
    return routes


# --------------------------------------------------------------------------- DotNetNuke (TTYT)


def dnn_site(site_name: str, address: str) -> dict[str, Route]:
    articles = [(3310 - 9 * i, t, DAYS[i]) for i, t in enumerate(TITLES[:5])]

    def page(title: str, content: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><title>{title}</title>
<meta name="GENERATOR" content="DotNetNuke "><link href="/Portals/_default/default.css" rel="stylesheet"></head>
<body id="Body"><form method="post" action="/" id="Form">
<div id="dnn_Header" class="header"><div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="{site_name}" href="/"><img alt="{site_name}" src="/Portals/0/logo.png"></a></div>
<div class="site-name">{site_name.upper()}</div></div>
<div id="dnn_Menu" class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Default.aspx?tabid=144">Tin tức</a></li>
<li><a href="/Default.aspx?tabid=150">Giới thiệu</a></li><li><a href="/Default.aspx?tabid=160">Liên hệ</a></li></ul></div>
<div id="dnn_ContentPane">{content}</div>
<div id="dnn_RightPane"><div class="c_title"><h2>Tin mới</h2></div><ul class="latest">
{''.join(f'<li><a href="/tin-tuc/ArticleID/{n}/{slugify(t)}">{t}</a> <span class="date">({d})</span></li>' for n, t, d in articles)}
</ul><p>Lượt truy cập: 310.775</p></div>
<div id="dnn_Footer" class="footer"><p>{site_name.upper()}</p><p>{address}</p><p>Điện thoại: 0255.3851.237</p></div>
</form></body></html>"""

    routes: dict[str, Route] = {
        "/": (200, {}, page(site_name, '<div class="welcome">Chào mừng đến với cổng thông tin điện tử</div>')),
        "/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /admin/\n"),
    }
    for i, (n, title, day) in enumerate(articles):
        content = f"""<div class="DnnModule"><div class="article"><h1 class="articleHeadline">{title}</h1>
<div class="articleEntry"><span class="articleDate">Ngày đăng: {day}</span></div>
<div class="articleBody">{_body(i + 5)}<p style="text-align:right"><strong>PHÒNG KẾ HOẠCH</strong></p></div></div></div>"""
        routes[f"/tin-tuc/ArticleID/{n}/{slugify(title)}"] = (200, {}, page(f"{title} - {site_name}", content))
    return routes


# --------------------------------------------------------------------------- the others

PARKED = """<!DOCTYPE html><html><head><title>cdcquangngai.vn - Trung tâm Kiểm soát bệnh tật Quảng Ngãi</title>
<meta name="viewport" content="width=device-width"></head>
<body><div class="container"><h1>cdcquangngai.vn</h1>
<p class="sale">Tên miền này đang được rao bán! This domain may be for sale.</p>
<a class="btn" href="https://dan.com/buy-domain/cdcquangngai.vn">Mua tên miền này / Buy this domain</a>
<div class="related"><h2>Tìm kiếm liên quan</h2><ul>
<li><a href="/?q=trung+tam+kiem+soat+benh+tat+quang+ngai">Trung tâm Kiểm soát bệnh tật Quảng Ngãi</a></li>
<li><a href="/?q=tiem+chung+mo+rong">Tiêm chủng mở rộng Quảng Ngãi</a></li>
<li><a href="/?q=sot+xuat+huyet">Sốt xuất huyết 2025</a></li></ul></div>
<footer>Copyright © 2025 Domain parking by Sedo. Privacy policy</footer></div></body></html>"""

REFERENCE = """<!DOCTYPE html><html><head><title>Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh</title></head>
<body><header><div class="logo">CDC HÀ TĨNH</div></header><p>Trang chủ</p></body></html>"""


def redirect(location: str) -> dict[str, Route]:
    return {"*": (301, {"Location": location}, "")}


def world() -> dict[str, dict[str, Route]]:
    """Host name -> routes."""
    return {
        "soyte.quangngai.gov.vn": liferay_site(
            "Sở Y tế tỉnh Quảng Ngãi", "Địa chỉ: Số 3 Hai Bà Trưng, phường Cẩm Thành, tỉnh Quảng Ngãi", SO_LINKS),
        "soyt.quangngai.gov.vn": redirect("http://soyte.quangngai.gov.vn/"),
        "ksbtquangngai.vn": nukeviet_site("Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ngãi", "Sở Y tế tỉnh Quảng Ngãi"),
        "cdcquangngai.vn": {"/": (200, {}, PARKED)},
        "yte.quangngai.gov.vn": liferay_site("Sở Y tế tỉnh Gia Lai", "Địa chỉ: Số 9 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai",
                                             first_id=880120),
        "syt.quangngai.gov.vn": redirect("http://soyte.binhdinh.gov.vn/"),
        "soyte.binhdinh.gov.vn": liferay_site("Sở Y tế tỉnh Bình Định", "Địa chỉ: Số 756 Trần Hưng Đạo, TP Quy Nhơn, tỉnh Bình Định",
                                              first_id=770400),
        "ttytbinhson.vn": dnn_site("Trung tâm Y tế huyện Bình Sơn",
                                   "Địa chỉ: Tổ dân phố 2, thị trấn Châu Ổ, huyện Bình Sơn, tỉnh Quảng Ngãi"),
        "cdc.hatinh.gov.vn": {"/": (200, {}, REFERENCE)},
    }


SOURCES = """# a user's own sources file: one province's CDC elsewhere (and the reference check)
[[source]]
name = "cdc-hatinh"
title = "CDC Hà Tĩnh"
url = "http://cdc.hatinh.gov.vn/"
province = "Hà Tĩnh"
kind = "cdc"
"""


# --------------------------------------------------------------------------- serving


class _Handler(BaseHTTPRequestHandler):
    sites: dict[str, dict[str, Route]] = {}
    hits: list[tuple[str, str, int]] = []

    def do_GET(self):  # noqa: N802
        self._answer(True)

    def do_HEAD(self):  # noqa: N802
        self._answer(False)

    def do_CONNECT(self):  # noqa: N802 (no TLS here)
        self.send_response(405)
        self.end_headers()

    def _answer(self, with_body: bool) -> None:
        parts = urlsplit(self.path)  # absolute-form when reached as a proxy
        host = (parts.hostname or (self.headers.get("Host") or "").split(":")[0]).lower()
        path = parts.path or "/"
        routes = self.sites.get(host, {})
        route = routes.get(path) or routes.get("*")
        if route is None:
            route = (404, {}, "<html><head><title>404 - Không tìm thấy trang</title></head>"
                              "<body><h1>Không tìm thấy trang</h1></body></html>")
        status, headers, body = route
        data = body.encode("utf-8")
        self.hits.append((host, path, status))
        self.send_response(status)
        headers = {"Content-Type": "text/html; charset=utf-8"} | headers
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if with_body:
            self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


class FixtureWeb:
    """One loopback server per site (127.0.0.40, .41, …) and the host map."""

    def __init__(self, sites: dict[str, dict[str, Route]]) -> None:
        self.sites = sites
        self.hits: list[tuple[str, str, int]] = []
        self.servers: list[LocalServer] = []
        self.hosts: dict[str, str] = {}

    def __enter__(self) -> FixtureWeb:
        for i, (host, routes) in enumerate(self.sites.items()):
            handler = type("Handler", (_Handler,), {"sites": {host: routes}, "hits": self.hits})
            server = serve_local(handler, f"127.0.0.{40 + i}")
            self.servers.append(server)
            self.hosts[host] = f"{server.host}:{server.port}"
        return self

    def __exit__(self, *exc) -> None:
        for server in self.servers:
            server.stop()

    def host_map(self, path: Path, hosts: dict[str, str] | None = None) -> Path:
        """Write the SOYTE_HOST_MAP file (fast settings for a test run)."""
        data = {"hosts": self.hosts if hosts is None else hosts,
                "settings": {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}}
        path.write_text(json.dumps(data), "utf-8")
        return path


@contextlib.contextmanager
def serve(sites: dict[str, dict[str, Route]] | None = None) -> Iterator[FixtureWeb]:
    with FixtureWeb(world() if sites is None else sites) as web:
        yield web
