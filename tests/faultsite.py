"""A fault-injecting news site on loopback, for the reliability tests (issue 7).

A provincial health portal, as flaky and odd as the real ones: eleven normal
articles, most served through a survivable fault (a 503 then 200, a slow first
answer, a reset first connection, no charset, a wrong charset header in either
direction, windows-1258 with combining tone marks declared only by a meta tag,
a Java-portal session redirect, XHTML with an XML declaration, malformed links
in the body), mixed with links to every fault issue 7 lists:

    slow past the timeout · 500/503 (once, or always) · connection resets (before
    the answer and mid-body) · redirect loops (a cycle, a self-redirect, an
    endless chain) · redirects to another domain (also after a retry) · 404 ·
    a 10 MB page · PDF and image bytes under .html URLs (true and false
    Content-Type) · invalid UTF-8 · empty 200 pages · an endless calendar (query
    and date-path forms) · endless pagination · session ids in links (path,
    query, ASP.NET cookieless) · a robots.txt-disallowed link · a link that only
    JavaScript writes

The "other domain" is a second server on another 127.0.0.x address: the crawl
must never fetch from it. Both servers record every request (which server, path,
what was answered) so tests can assert on them.

Bounded: handler threads are capped, waits are interruptible, the servers stop
themselves after `lifetime` seconds, and `stop()` (or leaving the `with`) ends
everything at once.

    with serve_fault_site() as site:
        site.sources_toml()   # a --sites file for the crawl
        site.fetches("/tin-tuc/...-101.html")
"""

from __future__ import annotations

import base64
import contextlib
import os
import random
import re
import socket
import struct
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

from builders.common import to_cp1258
from localserver import LocalServer, QuietHandler

SITE_ADDRESS = "127.0.0.50"
OTHER_ADDRESS = "127.0.0.51"  # the "other domain": nothing may ever be fetched from it

SOURCE_NAME = "faults"
SITE_NAME = "Sở Y tế tỉnh Thử Nghiệm"
SLOW_SECONDS = 120.0  # far past any test's DOWNLOAD_TIMEOUT; interrupted by stop()
BIG_PAGE_BYTES = 10 * 1024 * 1024
MAX_THREADS = 32
MAX_REQUESTS = 3000  # a crawl that runs away gets connection closes, not an endless loop


# --------------------------------------------------------------------------- content


@dataclass(frozen=True)
class Article:
    id: int
    slug: str
    title: str
    published: str  # as the archive stores it (ISO 8601, +07:00)
    paragraphs: tuple[str, ...]
    fault: str | None = None  # the survivable fault it is served with
    extra_html: str = ""  # appended to the body (scripts, stored-not-executed text)

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.slug}-{self.id}.html"

    @property
    def shown_date(self) -> str:
        day, time = self.published[:10], self.published[11:16]
        y, m, d = day.split("-")
        return f"{d}/{m}/{y} {time}"

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


ARTICLES: tuple[Article, ...] = (
    Article(101, "so-y-te-trien-khai-ke-hoach-phong-chong-sot-xuat-huyet-nam-2024",
            "Sở Y tế triển khai kế hoạch phòng, chống sốt xuất huyết năm 2024",
            "2024-03-12T08:30:00+07:00", (
                "Sáng ngày 12/3, Sở Y tế tỉnh tổ chức hội nghị triển khai kế hoạch phòng, chống bệnh sốt xuất "
                "huyết năm 2024 với sự tham dự của lãnh đạo Trung tâm Kiểm soát bệnh tật, các bệnh viện tuyến "
                "tỉnh và Trung tâm Y tế các huyện, thị xã, thành phố.",
                "Theo báo cáo, năm 2023 toàn tỉnh ghi nhận hơn 1.200 ca mắc sốt xuất huyết, tăng gần gấp đôi so "
                "với năm trước, tập trung chủ yếu ở các xã ven sông và khu vực đô thị có mật độ dân cư cao.",
                "Phát biểu chỉ đạo, Giám đốc Sở Y tế đề nghị các đơn vị chủ động giám sát, phát hiện sớm ổ dịch, "
                "xử lý triệt để trong vòng 48 giờ, đồng thời đẩy mạnh chiến dịch diệt lăng quăng, bọ gậy tại "
                "từng hộ gia đình.",
                "Ngành y tế cũng sẽ phối hợp với Sở Giáo dục và Đào tạo đưa nội dung phòng bệnh vào trường học, "
                "tổ chức tập huấn chẩn đoán, điều trị cho nhân viên y tế tuyến xã trước mùa mưa.",
            ), fault="503-once"),
    Article(102, "tiem-vac-xin-soi-rubella-cho-tre-em-tai-cac-huyen-mien-nui",
            "Tiêm vắc xin sởi – rubella cho trẻ em tại các huyện miền núi",
            "2024-03-15T14:00:00+07:00", (
                "Trung tâm Kiểm soát bệnh tật tỉnh vừa phối hợp với Trung tâm Y tế các huyện miền núi tổ chức "
                "chiến dịch tiêm bổ sung vắc xin sởi – rubella cho trẻ từ 1 đến 5 tuổi chưa được tiêm đủ mũi.",
                "Chiến dịch được triển khai tại 42 điểm tiêm cố định và lưu động, trong đó nhiều điểm đặt tại "
                "nhà văn hóa thôn bản để thuận tiện cho người dân ở vùng sâu, vùng xa đưa trẻ đến tiêm.",
                "Trước khi tiêm, trẻ được khám sàng lọc, tư vấn đầy đủ; sau tiêm, cha mẹ được hướng dẫn theo dõi "
                "tại điểm tiêm 30 phút và tiếp tục theo dõi tại nhà trong 24 giờ.",
                "Kết thúc đợt tiêm, tỷ lệ bao phủ đạt trên 96%, không ghi nhận trường hợp phản ứng nặng nào. "
                "Ngành y tế khuyến cáo phụ huynh giữ sổ tiêm chủng và đưa trẻ đi tiêm đúng lịch.",
            ), fault="no-charset"),
    Article(103, "benh-vien-da-khoa-tinh-phau-thuat-noi-soi-thanh-cong-ca-thoat-vi-dia-dem",
            "Bệnh viện Đa khoa tỉnh phẫu thuật nội soi thành công ca thoát vị đĩa đệm",
            "2024-03-20T09:15:00+07:00", (
                "Các bác sĩ Khoa Ngoại thần kinh, Bệnh viện Đa khoa tỉnh vừa phẫu thuật nội soi thành công cho "
                "một bệnh nhân nam 52 tuổi bị thoát vị đĩa đệm cột sống thắt lưng gây đau dữ dội, tê yếu chân trái.",
                "Người bệnh nhập viện trong tình trạng đau lan từ thắt lưng xuống bàn chân, đi lại khó khăn dù đã "
                "điều trị nội khoa nhiều tháng. Kết quả chụp cộng hưởng từ cho thấy khối thoát vị chèn ép rễ thần kinh.",
                "Ê-kíp phẫu thuật đã sử dụng hệ thống nội soi hiện đại, lấy bỏ khối thoát vị qua đường rạch da chỉ "
                "khoảng một centimet, giúp hạn chế tổn thương cơ và giảm đau sau mổ.",
                "Chỉ một ngày sau phẫu thuật, người bệnh đã có thể ngồi dậy và tập đi nhẹ nhàng. Kỹ thuật này "
                "trước đây chỉ thực hiện ở tuyến trung ương, nay đã được triển khai thường quy tại tỉnh.",
            ), fault="windows-1258-meta"),
    Article(104, "kiem-tra-an-toan-thuc-pham-dip-tet-trung-thu-tai-cac-co-so-san-xuat-banh",
            "Kiểm tra an toàn thực phẩm dịp Tết Trung thu tại các cơ sở sản xuất bánh",
            "2024-09-05T10:00:00+07:00", (
                "Đoàn kiểm tra liên ngành về an toàn thực phẩm của tỉnh do Chi cục An toàn vệ sinh thực phẩm chủ "
                "trì đã tiến hành kiểm tra 35 cơ sở sản xuất, kinh doanh bánh trung thu trên địa bàn.",
                "Qua kiểm tra, phần lớn cơ sở chấp hành tốt quy định về điều kiện vệ sinh, nguồn gốc nguyên liệu "
                "và ghi nhãn sản phẩm. Tuy nhiên, đoàn vẫn phát hiện 4 cơ sở chưa có giấy khám sức khỏe cho người "
                "lao động.",
                "Đoàn đã lấy 20 mẫu bánh, nhân bánh và phẩm màu để xét nghiệm nhanh các chỉ tiêu hàn the, phẩm "
                "màu độc hại; kết quả các mẫu đều đạt yêu cầu theo quy định hiện hành.",
                "Chi cục khuyến cáo người tiêu dùng chọn mua bánh có nhãn mác rõ ràng, còn hạn sử dụng, không mua "
                "sản phẩm trôi nổi không rõ nguồn gốc, nhất là bánh bày bán ven đường.",
            ), fault="latin1-header-utf8-body"),
    Article(105, "tap-huan-giam-sat-phong-chong-benh-tay-chan-mieng-cho-can-bo-y-te-co-so",
            "Tập huấn giám sát, phòng chống bệnh tay chân miệng cho cán bộ y tế cơ sở",
            "2024-04-02T07:45:00+07:00", (
                "Trung tâm Kiểm soát bệnh tật tỉnh tổ chức lớp tập huấn về giám sát, phòng chống bệnh tay chân "
                "miệng cho hơn 120 cán bộ phụ trách chương trình tại các trạm y tế xã, phường.",
                "Các học viên được cập nhật đặc điểm dịch tễ, dấu hiệu nhận biết sớm các trường hợp nặng, cách "
                "khử khuẩn lớp học, nhà trẻ và kỹ năng hướng dẫn cha mẹ chăm sóc trẻ bệnh tại nhà.",
                "Từ đầu năm đến nay, toàn tỉnh ghi nhận 310 trường hợp mắc tay chân miệng, chủ yếu là trẻ dưới 5 "
                "tuổi. Số ca có xu hướng tăng vào thời điểm học sinh trở lại trường sau kỳ nghỉ.",
                "Ngành y tế đề nghị các trường mầm non thực hiện rửa tay bằng xà phòng cho trẻ nhiều lần trong "
                "ngày và thông báo ngay cho trạm y tế khi phát hiện trẻ có biểu hiện sốt, loét miệng.",
            ), fault="utf8-header-windows-1258-body"),
    Article(106, "huong-ung-tuan-le-dinh-duong-va-phat-trien-cham-soc-dinh-duong-cho-ba-me-va-tre-em",
            "Hưởng ứng Tuần lễ Dinh dưỡng và Phát triển: chăm sóc dinh dưỡng cho bà mẹ và trẻ em",
            "2024-10-16T15:30:00+07:00", (
                "Nhằm hưởng ứng Tuần lễ Dinh dưỡng và Phát triển, Trung tâm Kiểm soát bệnh tật phối hợp với Hội "
                "Liên hiệp Phụ nữ tỉnh tổ chức buổi truyền thông về dinh dưỡng hợp lý cho phụ nữ mang thai và trẻ nhỏ.",
                "Tại buổi truyền thông, các bác sĩ đã hướng dẫn cách xây dựng bữa ăn đa dạng thực phẩm, bổ sung vi "
                "chất dinh dưỡng như sắt, kẽm, vitamin A và tầm quan trọng của nuôi con bằng sữa mẹ hoàn toàn "
                "trong sáu tháng đầu.",
                "Bên cạnh đó, hơn 200 trẻ dưới 5 tuổi được cân, đo chiều cao, đánh giá tình trạng dinh dưỡng và "
                "được tư vấn miễn phí; những trẻ suy dinh dưỡng được lập danh sách theo dõi định kỳ.",
                "Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi của tỉnh hiện vẫn ở mức cao so với bình quân cả nước, "
                "vì vậy công tác truyền thông thay đổi hành vi dinh dưỡng được xác định là nhiệm vụ lâu dài.",
            ), fault="slow-once"),
    Article(107, "hon-500-don-vi-mau-duoc-tiep-nhan-trong-ngay-hoi-hien-mau-tinh-nguyen",
            "Hơn 500 đơn vị máu được tiếp nhận trong Ngày hội hiến máu tình nguyện",
            "2024-01-08T16:00:00+07:00", (
                "Ngày hội hiến máu tình nguyện do Ban Chỉ đạo vận động hiến máu tỉnh phối hợp với Bệnh viện Đa "
                "khoa tỉnh tổ chức đã thu hút đông đảo cán bộ, công chức, đoàn viên thanh niên và người dân tham gia.",
                "Kết thúc ngày hội, đơn vị tiếp nhận đã thu được 512 đơn vị máu an toàn, góp phần bổ sung lượng "
                "máu dự trữ phục vụ cấp cứu, điều trị cho người bệnh trong dịp trước và sau Tết Nguyên đán.",
                "Trước khi hiến máu, mỗi tình nguyện viên đều được khám sàng lọc, đo huyết áp, xét nghiệm nhanh "
                "huyết sắc tố và được bác sĩ tư vấn về chế độ nghỉ ngơi, ăn uống sau khi hiến.",
                "Nhiều người đã tham gia hiến máu từ mười lần trở lên, trong đó có những gia đình cả bố mẹ và con "
                "cùng đăng ký, thể hiện tinh thần tương thân tương ái của nhân dân trong tỉnh.",
            ), fault="reset-once"),
    Article(108, "kham-sang-loc-benh-lao-cho-nguoi-cao-tuoi-va-nguoi-co-benh-nen",
            "Khám sàng lọc bệnh lao cho người cao tuổi và người có bệnh nền",
            "2024-05-21T08:00:00+07:00", (
                "Bệnh viện Phổi tỉnh phối hợp với Trung tâm Y tế huyện tổ chức đợt khám sàng lọc bệnh lao cho "
                "người cao tuổi, người mắc đái tháo đường và người từng tiếp xúc với bệnh nhân lao tại 12 xã.",
                "Người dân đến khám được chụp X-quang phổi bằng máy kỹ thuật số lưu động, các trường hợp nghi ngờ "
                "được lấy mẫu đờm làm xét nghiệm sinh học phân tử để chẩn đoán nhanh và chính xác.",
                "Qua đợt khám, các bác sĩ đã phát hiện 27 trường hợp nghi mắc lao phổi và chuyển tuyến để điều "
                "trị kịp thời. Người bệnh được điều trị miễn phí theo chương trình chống lao quốc gia.",
                "Lao là bệnh có thể chữa khỏi hoàn toàn nếu được phát hiện sớm và tuân thủ phác đồ. Người có "
                "triệu chứng ho kéo dài trên hai tuần, sốt nhẹ về chiều, sụt cân cần đến cơ sở y tế để được khám.",
            ), fault="session-redirect"),
    Article(109, "chu-dong-phong-chong-dich-cum-gia-cam-lay-sang-nguoi",
            "Chủ động phòng chống dịch cúm gia cầm lây sang người",
            "2024-02-27T11:20:00+07:00", (
                "Trước diễn biến phức tạp của dịch cúm A/H5N1 trên đàn gia cầm tại một số tỉnh lân cận, Sở Y tế "
                "đã ban hành văn bản yêu cầu các đơn vị tăng cường giám sát các trường hợp viêm phổi nặng nghi do "
                "vi rút.",
                "Các bệnh viện được yêu cầu chuẩn bị sẵn sàng khu vực cách ly, thuốc kháng vi rút, trang thiết bị "
                "bảo hộ và tổ chức tập huấn lại phác đồ chẩn đoán, điều trị cho đội ngũ y, bác sĩ.",
                "Người dân tuyệt đối không giết mổ, ăn thịt gia cầm ốm, chết hoặc không rõ nguồn gốc; khi có biểu "
                "hiện sốt, ho, khó thở sau tiếp xúc với gia cầm cần đến ngay cơ sở y tế gần nhất.",
                # Stored as text, never executed: the archive must keep it verbatim.
                "Hệ thống báo cáo ca bệnh trực tuyến đã được nâng cấp; các chuỗi nhập sai như '; DROP TABLE "
                "articles; -- hay <script>alert(1)</script> đều bị từ chối và ghi lại để kiểm tra.",
            ),
            # A script that writes a link: a crawler that ran page scripts would fetch it.
            extra_html=('<script>document.write(\'<a href="/tin-tuc/chi-co-trong-javascript-921.html">'
                        'Bài viết chỉ xuất hiện khi chạy JavaScript trên trang</a>\');</script>')),
    Article(111, "nang-cao-chat-luong-cham-soc-suc-khoe-ban-dau-tai-tram-y-te-xa",
            "Nâng cao chất lượng chăm sóc sức khỏe ban đầu tại trạm y tế xã",
            "2024-07-09T13:30:00+07:00", (
                "Sở Y tế vừa tổ chức hội nghị đánh giá mô hình nâng cao chất lượng chăm sóc sức khỏe ban đầu tại "
                "trạm y tế xã, với sự tham gia của đại diện Ủy ban nhân dân các huyện và Trung tâm Y tế tuyến huyện.",
                "Sau hai năm thực hiện, 38 trạm y tế đã được cải tạo cơ sở vật chất, bổ sung máy siêu âm, máy xét "
                "nghiệm sinh hóa và triển khai quản lý bệnh tăng huyết áp, đái tháo đường ngay tại xã.",
                "Người dân không phải lên tuyến trên để nhận thuốc điều trị bệnh mạn tính hằng tháng, tiết kiệm "
                "thời gian, chi phí đi lại; số lượt khám bảo hiểm y tế tại trạm tăng gần 30% so với trước.",
                "Thời gian tới, ngành y tế sẽ nhân rộng mô hình ra toàn tỉnh, đồng thời đào tạo liên tục cho nhân "
                "viên y tế xã về kỹ năng khám, tư vấn và ứng dụng hồ sơ sức khỏe điện tử.",
            ), fault="xhtml-xml-declaration"),
    Article(110, "truyen-thong-phong-chong-tac-hai-cua-thuoc-la-trong-truong-hoc",
            "Truyền thông phòng chống tác hại của thuốc lá trong trường học",
            "2023-11-30T09:00:00+07:00", (
                "Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với các trường trung học phổ thông tổ chức chuỗi hoạt "
                "động truyền thông phòng chống tác hại của thuốc lá và thuốc lá điện tử cho học sinh.",
                "Tại các buổi nói chuyện, báo cáo viên đã cung cấp thông tin về thành phần độc hại trong khói "
                "thuốc, nguy cơ nghiện nicotine ở lứa tuổi vị thành niên và những quy định cấm hút thuốc tại "
                "trường học.",
                "Học sinh được tham gia trò chơi hỏi đáp, vẽ tranh cổ động và ký cam kết không sử dụng thuốc lá "
                "dưới mọi hình thức. Nhiều em chia sẻ đã khuyên người thân trong gia đình bỏ thuốc.",
                "Theo khảo sát gần đây, tỷ lệ học sinh từng thử thuốc lá điện tử đang tăng nhanh. Ngành y tế đề "
                "nghị nhà trường, gia đình cùng phối hợp giám sát và tạo môi trường không khói thuốc cho trẻ.",
            ),
            # Malformed links (a port out of range on this very host, broken IPv6
            # brackets, a bad port number): nothing to fetch, and the page is still an article.
            extra_html=(f'<p class="links"><a href="//{SITE_ADDRESS}:99999/tin-tuc/bai-viet-cong-sai-so-998.html">'
                        'Xem thêm</a> <a href="http://[::1/tin-tuc/bai-viet-997.html">Bản in</a> '
                        f'<a href="http://{SITE_ADDRESS}:8o8o/tin-tuc/bai-viet-996.html">Tải về</a></p>'),
            fault="malformed-links"),
)
ARTICLE_BY_ID = {a.id: a for a in ARTICLES}

# An article page with invalid UTF-8 in its body: archived, with U+FFFD where the bad bytes were.
INVALID_UTF8 = Article(912, "cap-phat-thuoc-arv-cho-benh-nhan-dieu-tri-ngoai-tru",
                       "Cấp phát thuốc ARV cho bệnh nhân điều trị ngoại trú", "2024-06-10T08:00:00+07:00", (
                           "Phòng khám ngoại trú của Trung tâm Kiểm soát bệnh tật tỉnh duy trì cấp phát thuốc "
                           "kháng vi rút ARV hằng tháng cho hơn 800 người bệnh đang điều trị tại địa phương.",
                           "Người bệnh được xét nghiệm tải lượng vi rút định kỳ, tư vấn tuân thủ điều trị và hỗ "
                           "trợ chuyển đổi sang cấp thuốc nhiều tháng để giảm số lần đi lại. INVALID_BYTES_HERE",
                           "Thuốc được chi trả từ quỹ bảo hiểm y tế, vì vậy người bệnh cần mang theo thẻ bảo "
                           "hiểm y tế còn hạn và giấy tờ tùy thân khi đến nhận thuốc theo lịch hẹn của phòng khám.",
                       ))
INVALID_BYTES = b"\xff\xfe \xe1\xbb"  # a stray byte pair and a truncated three-byte sequence

# A 10 MB article page (see big_page).
BIG_PAGE = Article(907, "bao-cao-ket-qua-tiem-chung-mo-rong-toan-tinh-nam-2023",
                   "Báo cáo kết quả tiêm chủng mở rộng toàn tỉnh năm 2023", "2024-01-15T08:00:00+07:00", (
                       "Năm 2023, chương trình tiêm chủng mở rộng của tỉnh đạt tỷ lệ trẻ dưới một tuổi được tiêm "
                       "chủng đầy đủ các loại vắc xin trên 95%, vượt chỉ tiêu kế hoạch đề ra từ đầu năm.",
                       "Các biểu đồ dưới đây thể hiện số liệu tiêm chủng theo từng huyện, thị xã và thành phố, "
                       "do Trung tâm Kiểm soát bệnh tật tổng hợp từ hệ thống quản lý thông tin tiêm chủng quốc gia.",
                       "Ngành y tế đề nghị các địa phương tiếp tục rà soát, tiêm vét cho trẻ chưa được tiêm đủ "
                       "mũi, không để hình thành vùng lõm tiêm chủng, nhất là tại các xã vùng sâu, vùng xa.",
                   ))

# Links to faulty pages: id -> (teaser text, fault). Their URLs are article-shaped
# (/tin-tuc/<slug>-<id>.html) unless the fault is about the URL itself.
FAULT_LINKS: dict[int, tuple[str, str]] = {
    901: ("Chăm sóc sức khỏe người cao tuổi trong mùa nắng nóng kéo dài", "slow"),
    902: ("Thông báo tuyển dụng viên chức sự nghiệp y tế năm 2024", "503-always"),
    903: ("Kết quả kiểm tra công tác khám chữa bệnh bảo hiểm y tế quý I", "reset"),
    904: ("Hội nghị sơ kết công tác dân số và phát triển sáu tháng đầu năm", "reset-mid-body"),
    905: ("Bệnh viện tuyến tỉnh nhận bàn giao thiết bị chạy thận nhân tạo", "redirect-offsite"),
    906: ("Bài viết đã gỡ về hoạt động khám bệnh lưu động cho người dân", "404"),
    907: (BIG_PAGE.title, "10mb"),
    908: ("Kế hoạch phòng chống dịch bệnh truyền nhiễm năm 2024 bản in", "pdf"),
    909: ("Quyết định ban hành quy chế làm việc của Sở Y tế tỉnh", "pdf-as-html"),
    910: ("Hình ảnh hội thao chào mừng ngày Thầy thuốc Việt Nam năm nay", "jpeg"),
    911: ("Hình ảnh lễ ra quân chiến dịch vệ sinh môi trường diệt muỗi", "png-as-html"),
    912: (INVALID_UTF8.title, "invalid-utf8"),
    913: ("Thông tin tuyển sinh đào tạo điều dưỡng hệ vừa làm vừa học", "empty"),
    914: ("Danh sách nhà thuốc đạt chuẩn thực hành tốt trên địa bàn tỉnh", "empty-comment"),
    915: ("Lịch tiếp nhận hồ sơ cấp chứng chỉ hành nghề dược tháng này", "empty-html"),
    918: ("Trạm y tế xã đạt chuẩn quốc gia về y tế giai đoạn mới năm nay", "503-then-offsite"),
    920: ("Kế hoạch kiểm tra nội bộ về công tác chuyên môn năm 2024", "robots-disallowed"),
}
FAULT_SLUG = {901: "cham-soc-suc-khoe-nguoi-cao-tuoi-trong-mua-nang-nong",
              902: "thong-bao-tuyen-dung-vien-chuc-su-nghiep-y-te-nam-2024",
              903: "ket-qua-kiem-tra-cong-tac-kham-chua-benh-bao-hiem-y-te-quy-i",
              904: "hoi-nghi-so-ket-cong-tac-dan-so-va-phat-trien",
              905: "benh-vien-tuyen-tinh-nhan-ban-giao-thiet-bi-chay-than",
              906: "bai-viet-da-go-ve-hoat-dong-kham-benh-luu-dong",
              907: BIG_PAGE.slug,
              908: "ke-hoach-phong-chong-dich-benh-truyen-nhiem-nam-2024",
              909: "quyet-dinh-ban-hanh-quy-che-lam-viec-cua-so-y-te",
              910: "hinh-anh-hoi-thao-chao-mung-ngay-thay-thuoc-viet-nam",
              911: "hinh-anh-le-ra-quan-chien-dich-ve-sinh-moi-truong",
              912: INVALID_UTF8.slug,
              913: "thong-tin-tuyen-sinh-dao-tao-dieu-duong",
              914: "danh-sach-nha-thuoc-dat-chuan-thuc-hanh-tot",
              915: "lich-tiep-nhan-ho-so-cap-chung-chi-hanh-nghe-duoc",
              918: "tram-y-te-xa-dat-chuan-quoc-gia-ve-y-te",
              920: "noi-bo-ke-hoach-kiem-tra-noi-bo-ve-cong-tac-chuyen-mon"}


def fault_path(fault_id: int) -> str:
    return f"/tin-tuc/{FAULT_SLUG[fault_id]}-{fault_id}.html"  # 920's slug starts "noi-bo-": robots.txt


FAULT_PATH_OF = {kind: fault_path(i) for i, (_, kind) in FAULT_LINKS.items()}
JS_ONLY_PATH = "/tin-tuc/chi-co-trong-javascript-921.html"
CALENDAR_PATH = "/lich-cong-tac"  # ?ngay=YYYY-MM-DD, endless both ways
DAY_ARCHIVE_PREFIX = "/tin-tuc/ngay/"  # /tin-tuc/ngay/2024/03/18/, endless both ways (a WordPress-like day archive)
LOOP_PATHS = ("/chuyen-muc/vong-lap", "/chuyen-muc/vong-lap-2")  # a two-step redirect cycle
SELF_REDIRECT_PATH = "/chuyen-muc/tu-chuyen-huong"  # redirects to itself
ENDLESS_REDIRECT_PATH = "/chuyen-muc/chuyen-huong-mai-mai"  # ?n=N -> ?n=N+1 forever
OFFSITE_LISTING_PATH = "/lien-ket/cong-thong-tin-dien-tu"  # a menu link that 301s to the other domain
LISTING_PATH = "/tin-tuc"  # ?trang=N; N >= 4 is an endless run of empty pages
ROBOTS_TXT = "User-agent: *\nDisallow: /quan-tri/\nDisallow: /tin-tuc/noi-bo-\n"


# --------------------------------------------------------------------------- rendering

_SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*", re.I)
_COOKIELESS = re.compile(r"^/\(S\([^)]*\)\)", re.I)
_SESSION_PARAMS = {"phpsessid", "sid"}


def page_key(target: str) -> str:
    """A request target without its session ids ("path?query"): what the page is."""
    parts = urlsplit(target)
    path = _COOKIELESS.sub("", _SESSION_IN_PATH.sub("", parts.path)) or "/"
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in _SESSION_PARAMS]
    return f"{path}?{urlencode(params)}" if params else path


def _session() -> str:
    return "%016X" % random.getrandbits(64)


def with_session(path: str, style: int) -> str:
    """`path` as a session-tracking CMS links it: a fresh id every time it renders."""
    style %= 4
    if style == 0:
        return f"{path};jsessionid={_session()}"
    if style == 1:
        return f"{path}?PHPSESSID={_session().lower()}"
    if style == 2:
        return f"{path}?sid={_session().lower()}"
    return f"/(S({_session().lower()})){path}"


def _chrome(title: str, main: str, charset_meta: str = '<meta charset="utf-8">') -> str:
    menu = (f'<a href="/">Trang chủ</a> | <a href="{LISTING_PATH}">Tin tức - Sự kiện</a> | '
            f'<a href="{CALENDAR_PATH}?ngay=2024-03-18">Lịch công tác</a> | <a href="/gioi-thieu">Giới thiệu</a>')
    return (f'<!DOCTYPE html>\n<html lang="vi"><head>{charset_meta}<title>{escape(title)} - {SITE_NAME}</title>'
            f'</head><body><div class="header"><div class="logo">{SITE_NAME}</div><div class="menu">{menu}</div>'
            f'</div><div class="main">{main}</div><div class="footer">Bản quyền © {SITE_NAME}. '
            f'Địa chỉ: số 1 đường Trần Hưng Đạo, thành phố Thử Nghiệm.</div></body></html>')


def _teaser(path: str, title: str, shown: str) -> str:
    return f'<li class="news-item"><a href="{path}">{escape(title)}</a> <span class="date">{shown}</span></li>'


def article_html(article: Article, charset_meta: str = '<meta charset="utf-8">') -> str:
    others = [a for a in ARTICLES if a.id != article.id][:3]
    related = "".join(f'<li><a href="{with_session(o.path, o.id)}">{escape(o.title)}</a></li>' for o in others)
    body = "".join(f"<p>{escape(p, quote=False)}</p>" for p in article.paragraphs)
    main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{LISTING_PATH}">Tin tức</a></div>'
            f'<h1 class="title">{escape(article.title)}</h1><div class="date">Ngày đăng: {article.shown_date}</div>'
            f'<div class="content">{body}{article.extra_html}</div>'
            f'<div class="related"><h3>Các tin khác</h3><ul>{related}</ul></div>')
    return _chrome(article.title, main, charset_meta)


def _fault_teasers(ids) -> str:
    return "".join(_teaser(with_session(fault_path(i), i) if i not in (912, 920) else fault_path(i),
                           FAULT_LINKS[i][0], "01/06/2024") for i in ids)


def listing_html(page: int) -> str:
    pages = {1: ((101, 102, 103, 104, 105, 106), (901, 902, 903, 904, 905, 906)),
             2: ((107, 108, 109, 110, 111), (907, 908, 909, 910, 911, 912)),
             3: ((), (913, 914, 915, 918, 920))}
    articles, faults = pages.get(page, ((), ()))
    items = "".join(_teaser(with_session(ARTICLE_BY_ID[i].path, i + page), ARTICLE_BY_ID[i].title,
                            ARTICLE_BY_ID[i].shown_date[:10]) for i in articles)
    items += _fault_teasers(faults)
    pager = " ".join(f'<a href="{LISTING_PATH}?trang={n}">{n}</a>' if n != page else f"<b>{n}</b>"
                     for n in range(max(1, page - 2), page + 3))
    pager += f' <a href="{LISTING_PATH}?trang={page + 1}">Trang sau</a>'
    main = (f'<h2 class="cat-title">Tin tức - Sự kiện</h2><ul class="news-list">{items}</ul>'
            f'<div class="pager">{pager}</div>')
    return _chrome("Tin tức - Sự kiện", main)


def home_html(other_base: str) -> str:
    latest = "".join(_teaser(with_session(a.path, a.id + 7), a.title, a.shown_date[:10]) for a in ARTICLES[:3])
    main = (f'<h2>Tin mới</h2><ul class="news-list">{latest}</ul>'
            f'<div class="box"><h3>Chuyên mục</h3><ul>'
            f'<li><a href="{LOOP_PATHS[0]}">Hoạt động ngành</a></li>'
            f'<li><a href="{SELF_REDIRECT_PATH}">Cải cách hành chính</a></li>'
            f'<li><a href="{ENDLESS_REDIRECT_PATH}?n=1">Văn bản pháp quy</a></li>'
            f'<li><a href="{OFFSITE_LISTING_PATH}">Cổng thông tin điện tử tỉnh</a></li>'
            f'<li><a href="{DAY_ARCHIVE_PREFIX}2024/03/18/">Tin ngày 18/03/2024</a></li>'
            f'<li><a href="/quan-tri/dang-nhap">Quản trị</a></li></ul></div>'
            f'<div class="box"><h3>Liên kết</h3><ul><li><a href="{other_base}tin-tuc/bai-viet-tren-trang-khac-999.html">'
            f'Bài viết của đơn vị bạn trên một trang web khác hoàn toàn</a></li></ul></div>')
    return _chrome("Trang chủ", main)


def calendar_html(day: date) -> str:
    rows = "".join(f"<tr><td>{(day + timedelta(hours=h)).strftime('%d/%m/%Y')} {7 + h}h30</td>"
                   f"<td>Giao ban chuyên môn, làm việc với các phòng chức năng</td></tr>" for h in range(3))
    prev, nxt = day - timedelta(days=1), day + timedelta(days=1)
    main = (f'<h1 class="title">Lịch công tác ngày {day:%d/%m/%Y}</h1><table>{rows}</table>'
            f'<a href="{CALENDAR_PATH}?ngay={prev.isoformat()}">« Ngày trước</a> '
            f'<a href="{CALENDAR_PATH}?ngay={nxt.isoformat()}">Ngày sau »</a> '
            f'<a href="{CALENDAR_PATH}?ngay={(day + timedelta(days=7)).isoformat()}">Tuần sau</a>')
    return _chrome(f"Lịch công tác ngày {day:%d/%m/%Y}", main)


def day_archive_html(day: date) -> str:
    def link(d: date) -> str:
        return f"{DAY_ARCHIVE_PREFIX}{d:%Y/%m/%d}/"
    main = (f'<h2 class="cat-title">Tin ngày {day:%d/%m/%Y}</h2><p>Không có bài viết nào trong ngày này.</p>'
            f'<div class="nav"><a href="{link(day - timedelta(days=1))}">« {day - timedelta(days=1):%d/%m/%Y}</a> '
            f'<a href="{link(day + timedelta(days=1))}">{day + timedelta(days=1):%d/%m/%Y} »</a></div>')
    return _chrome(f"Tin ngày {day:%d/%m/%Y}", main)


def big_page() -> bytes:
    """A 10 MB article: its charts pasted into the editor as inline base64 images,
    which is how a news page of these sites gets that big."""
    noise = random.Random(907).randbytes(BIG_PAGE_BYTES * 3 // 4 // 4)
    image = '<p><img alt="Biểu đồ" src="data:image/png;base64,' + base64.b64encode(noise).decode() + '"></p>'
    article = Article(**{**BIG_PAGE.__dict__, "extra_html": image * 4})
    return article_html(article).encode()


PDF_BYTES = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
             b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 16 + b"\xff\xd9"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16


# --------------------------------------------------------------------------- the servers


@dataclass(frozen=True)
class Hit:
    server: str  # "site" | "other"
    target: str  # the request target as sent
    key: str  # page_key(target)
    answer: str  # "200", "503", "reset", "slow", …


@dataclass
class _State:
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    hits: list[Hit] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)  # per (server, key): how many requests so far
    threads: threading.BoundedSemaphore = field(default_factory=lambda: threading.BoundedSemaphore(MAX_THREADS))
    big: bytes = b""


class _Reset(Exception):
    """Raised by a handler to end the connection with a TCP reset."""


class _Handler(QuietHandler):  # requests are recorded as Hits, not logged
    server_version = "Apache-Coyote/1.1"
    sys_version = ""
    state: _State
    name: str  # "site" | "other"
    other_base: str

    def do_GET(self) -> None:  # noqa: N802
        key = page_key(self.path)
        with self.state.lock:
            self.state.counts[(self.name, key)] += 1
            nth = self.state.counts[(self.name, key)]
            over = len(self.state.hits) >= MAX_REQUESTS
        try:
            if over:
                raise _Reset
            status, headers, body, answer = self._answer(key, nth)
        except _Reset as reset:
            if not reset.args:  # a slow answer cut short by stop() is not a request of its own
                self._record(key, "reset")
            self._reset()
            return
        if answer != "late":  # a slow answer was recorded when it arrived
            self._record(key, answer or str(status))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if not any(name == "Content-Length" for name, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if answer == "reset-mid-body":
            self.wfile.write(body[: len(body) // 4])
            self._reset()
            return
        self.wfile.write(body)

    def _record(self, key: str, answer: str) -> None:
        with self.state.lock:
            self.state.hits.append(Hit(self.name, self.path, key, answer))

    def _slow(self) -> None:
        """Answer long after any client's timeout (recorded as "slow" when asked, not again)."""
        self._record(page_key(self.path), "slow")
        if self.state.stop.wait(SLOW_SECONDS):
            raise _Reset("stopped")

    def _reset(self) -> None:
        """Close with RST (SO_LINGER 0): the client sees "connection reset by peer"."""
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        self.close_connection = True

    def _answer(self, key: str, nth: int) -> tuple[int, list[tuple[str, str]], bytes, str | None]:
        if self.name == "other":
            return 200, [("Content-Type", "text/html; charset=utf-8")], _chrome(
                "Trang khác", "<h1>Trang của một tên miền khác</h1>").encode(), None
        path, _, query = key.partition("?")
        params = dict(parse_qsl(query))
        html = [("Content-Type", "text/html; charset=utf-8")]
        if path == "/robots.txt":
            return 200, [("Content-Type", "text/plain")], ROBOTS_TXT.encode(), None
        if path == "/":
            return 200, html, home_html(self.other_base).encode(), None
        if path == LISTING_PATH:
            trang = params.get("trang", "1")
            page = int(trang) if trang.isdigit() else 1
            if page == 2 and nth == 1:
                return 500, html, b"<html><body><h1>500 Internal Server Error</h1></body></html>", None
            return 200, html, listing_html(page).encode(), None
        if path == "/gioi-thieu":
            return 200, html, _chrome("Giới thiệu chung", "<h1>Giới thiệu chung</h1><p>Chức năng, nhiệm vụ "
                                      "của Sở Y tế tỉnh Thử Nghiệm.</p>").encode(), None
        if path == CALENDAR_PATH:
            try:
                day = date.fromisoformat(params.get("ngay", "2024-03-18"))
            except ValueError:
                day = date(2024, 3, 18)
            return 200, html, calendar_html(day).encode(), None
        if path.startswith(DAY_ARCHIVE_PREFIX):
            try:
                y, m, d = (int(x) for x in path[len(DAY_ARCHIVE_PREFIX):].strip("/").split("/"))
                day = date(y, m, d)
            except ValueError:
                return 404, html, b"<html><body>Not found</body></html>", None
            return 200, html, day_archive_html(day).encode(), None
        if path == LOOP_PATHS[0]:
            return 302, [("Location", LOOP_PATHS[1])], b"", None
        if path == LOOP_PATHS[1]:
            return 302, [("Location", LOOP_PATHS[0])], b"", None
        if path == SELF_REDIRECT_PATH:
            return 301, [("Location", SELF_REDIRECT_PATH)], b"", None
        if path == ENDLESS_REDIRECT_PATH:
            n = int(params.get("n", "1")) if params.get("n", "1").isdigit() else 1
            return 302, [("Location", f"{ENDLESS_REDIRECT_PATH}?n={n + 1}")], b"", None
        if path == OFFSITE_LISTING_PATH:
            return 301, [("Location", self.other_base)], b"", None
        match = re.fullmatch(r"/tin-tuc/[a-z0-9-]+-(\d{3})\.html", path)
        if match and int(match.group(1)) in ARTICLE_BY_ID and path == ARTICLE_BY_ID[int(match.group(1))].path:
            return self._article(ARTICLE_BY_ID[int(match.group(1))], nth)
        if match and int(match.group(1)) in FAULT_LINKS and path == fault_path(int(match.group(1))):
            return self._fault(FAULT_LINKS[int(match.group(1))][1], nth, key)
        return 404, html, _chrome("Không tìm thấy trang", "<h1>Không tìm thấy trang yêu cầu</h1>").encode(), None

    def _article(self, article: Article, nth: int):
        fault = article.fault
        utf8 = [("Content-Type", "text/html; charset=utf-8")]
        if fault == "503-once" and nth == 1:
            return 503, utf8 + [("Retry-After", "1")], b"<html><body>Service Unavailable</body></html>", None
        if fault == "slow-once" and nth == 1:
            self._slow()
            return 200, utf8, article_html(article).encode(), "late"
        if fault == "reset-once" and nth == 1:
            raise _Reset
        if fault == "session-redirect" and "JSESSIONID" not in (self.headers.get("Cookie") or ""):
            session = _session()
            return 302, [("Location", f"{article.path};jsessionid={session}"),
                         ("Set-Cookie", f"JSESSIONID={session}; Path=/")], b"", None
        if fault == "xhtml-xml-declaration":  # old XHTML portals: lxml refuses a str with this declaration
            page = article_html(article).replace("<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>\n'
                                                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                                                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
            page = page.replace('<html lang="vi">', '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">')
            return 200, utf8, page.encode(), None
        if fault == "no-charset":
            return 200, [("Content-Type", "text/html")], article_html(article, "").encode(), None
        if fault == "windows-1258-meta":
            meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            return 200, [("Content-Type", "text/html")], to_cp1258(article_html(article, meta)), None
        if fault == "latin1-header-utf8-body":  # Apache's AddDefaultCharset over a UTF-8 page
            return 200, [("Content-Type", "text/html; charset=ISO-8859-1")], article_html(article).encode(), None
        if fault == "utf8-header-windows-1258-body":  # IIS's default header over a legacy page
            meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
            return 200, utf8, to_cp1258(article_html(article, meta)), None
        return 200, utf8, article_html(article).encode(), None

    def _fault(self, kind: str, nth: int, key: str):
        html = [("Content-Type", "text/html; charset=utf-8")]
        if kind == "slow":
            self._slow()
            return 200, html, b"<html><body>too late</body></html>", "late"
        if kind == "503-always":
            return 503, html, b"<html><body>Service Unavailable</body></html>", None
        if kind == "reset":
            raise _Reset
        if kind == "reset-mid-body":
            body = article_html(ARTICLES[0]).encode() * 4
            return 200, html, body, "reset-mid-body"
        if kind == "redirect-offsite":
            return 302, [("Location", f"{self.other_base}tin-tuc/{FAULT_SLUG[905]}-905.html")], b"", None
        if kind == "503-then-offsite":
            if nth == 1:
                return 503, html, b"<html><body>Service Unavailable</body></html>", None
            return 302, [("Location", f"{self.other_base}tin-tuc/{FAULT_SLUG[918]}-918.html")], b"", None
        if kind == "404":
            return 404, html, _chrome("Không tìm thấy trang", "<h1>Không tìm thấy bài viết</h1>").encode(), None
        if kind == "10mb":
            return 200, html, self.state.big, None
        if kind == "pdf":
            return 200, [("Content-Type", "application/pdf")], PDF_BYTES, None
        if kind == "pdf-as-html":
            return 200, html, PDF_BYTES, None
        if kind == "jpeg":
            return 200, [("Content-Type", "image/jpeg")], JPEG_BYTES, None
        if kind == "png-as-html":
            return 200, html, PNG_BYTES, None
        if kind == "invalid-utf8":
            body = article_html(INVALID_UTF8).encode().replace(b"INVALID_BYTES_HERE", INVALID_BYTES)
            return 200, html, body, None
        if kind == "empty":
            return 200, html, b"", None
        if kind == "empty-comment":
            return 200, html, "\n\n<!-- cache: trang trống -->\n".encode(), None
        if kind == "empty-html":
            return 200, html, b"<html><head></head><body></body></html>", None
        if kind == "robots-disallowed":
            return 200, html, article_html(ARTICLES[0]).encode(), None
        raise AssertionError(kind)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    @property
    def state(self) -> _State:
        return self.RequestHandlerClass.state

    def process_request(self, request, client_address) -> None:
        if self.state.stop.is_set() or not self.state.threads.acquire(blocking=False):
            self.shutdown_request(request)  # bounded: no more than MAX_THREADS at once
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.state.threads.release()

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hung up (timeout, reset) is part of the test, not a server error


class FaultSite:
    """The fault site and its "other domain", running until `stop()`."""

    def __init__(self, *, lifetime: float = 600.0) -> None:
        self.state = _State(big=big_page())
        self._servers: list[LocalServer] = []
        self.other_base = self._start("other", OTHER_ADDRESS, "").base
        self.base = self._start("site", SITE_ADDRESS, self.other_base).base
        self._timer = threading.Timer(lifetime, self.stop)  # stops itself if a test forgets
        self._timer.daemon = True
        self._timer.start()

    def _start(self, name: str, address: str, other_base: str) -> LocalServer:
        handler = type(f"FaultHandler_{name}", (_Handler,),
                       {"state": self.state, "name": name, "other_base": other_base})
        server = LocalServer(handler, address, server_class=_Server, poll_interval=0.1, name=f"faultsite-{name}")
        self._servers.append(server)
        return server

    def stop(self) -> None:
        self.state.stop.set()  # wakes every slow handler
        self._timer.cancel()
        for server in self._servers:
            server.stop(timeout=5)
        self._servers = []

    def __enter__(self) -> FaultSite:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---- for the tests

    def url(self, path: str) -> str:
        return self.base.rstrip("/") + path

    def sources_toml(self, name: str = SOURCE_NAME) -> str:
        return (f'[[source]]\nname = "{name}"\nurl = "{self.base}"\ntitle = "{SITE_NAME}"\n'
                f'province = "Nghệ An"\nkind = "so-y-te"\n')

    @property
    def hits(self) -> list[Hit]:
        with self.state.lock:
            return list(self.state.hits)

    def fetches(self, key: str, server: str = "site") -> list[Hit]:
        """Requests for one page (session ids ignored), in order."""
        return [h for h in self.hits if h.server == server and h.key == key]

    def fetches_under(self, prefix: str, server: str = "site") -> list[Hit]:
        return [h for h in self.hits if h.server == server and h.key.startswith(prefix)]


@contextlib.contextmanager
def serve_fault_site(*, lifetime: float = 600.0) -> Iterator[FaultSite]:
    site = FaultSite(lifetime=lifetime)
    try:
        yield site
    finally:
        site.stop()


if __name__ == "__main__":  # browse it by hand
    with serve_fault_site(lifetime=3600) as running:
        print("fault site:", running.base, " other domain:", running.other_base)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    os._exit(0)
