"""Two more held-out families: builds `bench/corpus/datevariety/` and `bench/corpus/sitecopies/`.

    python bench/heldout_dates_copies.py

writes, deterministically, the pages and one `family.json` for each family (merged into the corpus index by
`bench/extraction.py`'s `load_index()`), and nothing else. It follows the conventions of
`bench/heldout_families.py` and reuses its helpers (story markup, `Page` furniture recording, body markup,
the page checks) by importing them. It refuses to write anything when a check fails: a reference segment
or body line that is not on its page, a boilerplate string that is not on the page or that is also in the
reference body, a title, date or time that the page does not give, a family that is too small, and the
family's own checks (below).

- `datevariety` (held out, articles): the date formats of DOMAIN.md, each where the platforms that use it
  put it: a local-vendor portal ("18/02/2020 - 21:04", "Cập nhật lúc: 08:15 25/06/2024", with a sidebar of
  other articles' dates BEFORE the article and today's date on top), another vendor portal used by three
  publishers ("19 tháng 12 năm 2022", "Cập nhật: 9 tháng 06 năm 2024", "Thứ ba, 20/12/2022 07:45" over a
  body that says only "Chiều ngày 19/12", "Ngày đăng: 12/03/2024"), Liferay 6.2 ("27/07/2022 | 04:04 PM",
  "Ngày đăng 05/06/2024 | 4:59 PM | Lượt xem: 1501"), Liferay 7 / VNPT ("(Thứ hai, 19/04/2021 15:17)"),
  SharePoint ("Thứ Tư 07/02/2024 08:28"), Joomla in Vietnamese ("Thứ tư, 09 Tháng 8 2023 09:05" with a
  later "Cập nhật lần cuối" date and `time[datetime]`), WordPress ("Tháng Ba 12, 2024" with
  `time.entry-date.published` / `time.updated` and Yoast JSON-LD; "28 Tháng Ba, 2024" with no metadata),
  NukeViet (hidden `itemprop=datePublished` ISO, JSON-LD, "Những tin mới hơn" with newer dates).
  Reference `published`: ISO 8601 in +07:00 with the time when the page gives one for this article
  (shown, or in its own `datetime`/JSON-LD metadata), the day otherwise; the published date, never the
  modified one, never a sidebar's, never today's date in the header, never an event date in the text.
- `sitecopies` (held out, articles): pages of ONE site that are one story, and look-alikes that are not:
  print views (`/bm/print/<id>`, `/tin-tuc/in/<slug>.html`, Liferay `p_p_state=pop_up`, Joomla
  `?tmpl=component&print=1`, `?print=1`) that add a header with the site name, a date line and
  "URL của bản tin này: …"; a story re-posted under a new URL with one figure corrected; and two
  "template twins" (two district health centres' six-month review conferences written from one template,
  every name, number and place different). Each page carries `"story"`: the same id for the pages of one
  story, different ids for twins; `bench/sitecopies.py` scores grouping through the archive. The
  extraction reference fields are as in the other families (a print view's reference is its article's).

Publishers and domains are from /work/shared/DOMAIN.md; the markup imitates each platform but is written
here, and the domains were not checked live. All stories were written for this corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bench.heldout_families import (  # noqa: E402
    CORPUS, WEEKDAYS, WP_MONTHS, Page, Story, attr, body_html, check_article, esc, hid, nfc, parse_stories,
    segments, simple_menu, slugify, squash, visible_text, wp_comment_form, wp_fjy, wp_long,
)

FAMILY_META = {
    "datevariety": "Date formats of Vietnamese health portals, each where its platform puts it",
    "sitecopies": "One site's copies of a story (print views, a corrected re-post) and template twins",
}

# --------------------------------------------------------------------------- stories

STORIES = r"""
=== dv-01
sidebar_first: yes
site: haiphong
title: Hải Phòng chuẩn bị 5 khu cách ly sẵn sàng ứng phó dịch viêm đường hô hấp cấp
date: 2020-02-18 21:04
fmt: dash
notes: local-vendor portal; sidebar 'Tin mới' with other articles' dates and today's date come BEFORE the article

Chiều 18/2, Sở Y tế Hải Phòng họp với các bệnh viện tuyến thành phố về phương án thu dung, cách ly, điều trị người bệnh nghi nhiễm viêm đường hô hấp cấp do chủng mới của vi rút Corona.

Theo phương án, thành phố chuẩn bị 5 khu cách ly với tổng số 420 giường, đặt tại Bệnh viện Việt Tiệp cơ sở 2, Bệnh viện Kiến An, Bệnh viện Trẻ em và hai trung tâm y tế huyện Thủy Nguyên, An Lão. Mỗi khu có lối đi riêng, phòng đệm và khu vực xử lý chất thải.

! Ảnh: Kiểm tra khu cách ly tại Bệnh viện Việt Tiệp cơ sở 2

Sở Y tế yêu cầu các bệnh viện rà soát trang thiết bị, vật tư phòng hộ, tổ chức diễn tập tiếp nhận người bệnh và phân công đội cấp cứu cơ động trực 24/24 giờ.

~ Phòng Nghiệp vụ Y

=== dv-02
sidebar_first: yes
site: haiphong
title: Hải Phòng khám sàng lọc bệnh lao cho 3.000 người cao tuổi tại huyện Tiên Lãng
date: 2024-06-25 08:15
fmt: capnhatluc
notes: the only date line is 'Cập nhật lúc: 08:15 25/06/2024' (time before date); sidebar dates before the article

Từ ngày 17 đến 22/6/2024, Bệnh viện Phổi Hải Phòng phối hợp Trung tâm Y tế huyện Tiên Lãng tổ chức khám sàng lọc bệnh lao cho 3.000 người từ 60 tuổi trở lên tại 8 xã của huyện.

Người dân được khám lâm sàng, chụp X-quang phổi bằng máy kỹ thuật số lưu động có phần mềm trí tuệ nhân tạo hỗ trợ đọc phim; những trường hợp có hình ảnh nghi lao được lấy đờm làm xét nghiệm GeneXpert ngay trong ngày.

! Ảnh: Người cao tuổi xã Quyết Tiến chụp X-quang phổi trên xe lưu động

Qua sàng lọc đã phát hiện 11 người mắc lao phổi, được đưa vào điều trị theo chương trình chống lao quốc gia và được cấp thuốc miễn phí tại trạm y tế xã.

~ Bệnh viện Phổi Hải Phòng

=== dv-03
site: quangtri
title: Quảng Trị tổng kết Chương trình tiêm chủng mở rộng năm 2022
date: 2022-12-19
fmt: thang_nam
notes: date written out 'ngày 19 tháng 12 năm 2022', no time; 'Tin mới' sidebar with newer dates

Ngày 19/12/2022, Sở Y tế Quảng Trị tổ chức hội nghị tổng kết Chương trình tiêm chủng mở rộng năm 2022 với sự tham dự của lãnh đạo các trung tâm y tế huyện, thị xã, thành phố và cán bộ phụ trách tiêm chủng tuyến xã.

Năm 2022, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ toàn tỉnh đạt 92,4%; tỷ lệ phụ nữ có thai được tiêm phòng uốn ván đủ mũi đạt 89,1%. Hai huyện miền núi Hướng Hóa và Đakrông còn thấp do địa bàn rộng, giao thông đi lại khó khăn.

! Ảnh: Quang cảnh hội nghị tổng kết

Năm 2023, ngành y tế phấn đấu duy trì tỷ lệ tiêm chủng đầy đủ trên 95%, tăng cường tiêm chủng lưu động tại các thôn, bản vùng sâu và ứng dụng phần mềm quản lý tiêm chủng để theo dõi từng đối tượng.

~ Hồng Nhung

=== dv-04
site: quangtri
title: Triển khai khám chữa bệnh bảo hiểm y tế bằng căn cước công dân tại 141 trạm y tế
date: 2024-06-09
fmt: capnhat_thang
notes: the only date is 'Cập nhật: 9 tháng 06 năm 2024'

Đến đầu tháng 6/2024, toàn bộ 141 trạm y tế xã, phường, thị trấn trên địa bàn tỉnh Quảng Trị đã triển khai tiếp đón người bệnh khám chữa bệnh bảo hiểm y tế bằng căn cước công dân gắn chíp.

Người bệnh chỉ cần xuất trình căn cước công dân hoặc ứng dụng VNeID, nhân viên y tế quét mã QR để tra cứu thông tin thẻ bảo hiểm y tế, không phải khai báo lại thông tin hành chính, giúp giảm thời gian chờ đợi.

Sở Y tế đề nghị các trạm y tế kiểm tra đường truyền, thiết bị đọc mã và phối hợp công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2.

~ Văn phòng Sở

=== dv-05
site: cdcht
title: Hà Tĩnh tổng kết công tác phòng chống HIV/AIDS năm 2022
date: 2022-12-20 07:45
fmt: thu_comma
notes: 'Thứ ba, 20/12/2022 07:45' over a body whose first words are 'Chiều ngày 19/12' (no year)

Chiều ngày 19/12, Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác phòng, chống HIV/AIDS năm 2022 và triển khai kế hoạch năm 2023.

Trong năm, toàn tỉnh phát hiện mới 38 người nhiễm HIV, giảm 6 trường hợp so với năm 2021; lũy tích đến nay có 1.214 người nhiễm HIV còn sống đang được quản lý. Có 612 người đang điều trị bằng thuốc kháng vi rút, 180 người điều trị nghiện các chất dạng thuốc phiện bằng Methadone.

! Ảnh: Đại biểu dự hội nghị tổng kết

Hội nghị thống nhất năm 2023 mở rộng dịch vụ điều trị dự phòng trước phơi nhiễm HIV (PrEP) về tuyến huyện, tăng cường xét nghiệm HIV tại cộng đồng cho nhóm nguy cơ cao.

~ Khoa Phòng chống HIV/AIDS

=== dv-06
site: cdcht
title: Giám sát chất lượng nước ăn uống tại 24 trạm cấp nước tập trung
date: 2024-03-12
fmt: ngaydang
notes: 'Ngày đăng: 12/03/2024' (day first: 12 March, not 3 December)

Từ ngày 4 đến 8/3/2024, Khoa Sức khỏe môi trường - Y tế trường học, Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh đã kiểm tra, lấy mẫu nước tại 24 trạm cấp nước tập trung nông thôn ở 9 huyện, thị xã.

Kết quả xét nghiệm cho thấy 19 trạm đạt quy chuẩn; 5 trạm có chỉ số clo dư thấp hoặc vượt ngưỡng vi sinh, được yêu cầu súc rửa bể chứa, bổ sung hóa chất khử trùng và lấy mẫu kiểm tra lại.

Trung tâm khuyến cáo người dân đun sôi nước trước khi uống, nhất là ở các khu vực cuối đường ống.

~ Khoa Sức khỏe môi trường

=== dv-07
site: chogao
title: Chợ Gạo ra quân chiến dịch tiêm vắc xin phòng bệnh sởi cho trẻ
date: 2022-07-27 16:04
fmt: lf62
notes: Liferay 6.2 'assetPublishDate' '27/07/2022 | 04:04 PM' (12-hour); 'Tin mới' and 'Các tin khác' dates, some of them years newer

Sáng 27/7, Trung tâm Y tế huyện Chợ Gạo tổ chức lễ ra quân chiến dịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại 19 xã, thị trấn trong huyện.

Theo kế hoạch, chiến dịch tiêm cho khoảng 4.600 trẻ, kết thúc trước ngày 15/8. Các trạm y tế được cấp đủ vắc xin, bơm kim tiêm và hộp an toàn; mỗi điểm tiêm đều có bác sĩ khám sàng lọc và bàn theo dõi sau tiêm.

! Ảnh: Tiêm vắc xin cho trẻ tại Trạm Y tế thị trấn Chợ Gạo

Trung tâm Y tế đề nghị phụ huynh mang theo sổ tiêm chủng, đưa trẻ đến tiêm đúng lịch hẹn và theo dõi trẻ ít nhất 24 giờ sau tiêm.

~ Khoa Kiểm soát bệnh tật

=== dv-08
site: chogao
title: Khám sức khỏe định kỳ cho 250 người lao động trên địa bàn huyện
date: 2024-06-05 16:59
fmt: lf62b
notes: 'Ngày đăng 05/06/2024 | 4:59 PM | Lượt xem: 1501': day first, 12-hour time, a view count that looks like a year

Trong hai ngày 3 và 4/6/2024, Trung tâm Y tế huyện Chợ Gạo tổ chức khám sức khỏe định kỳ cho 250 công nhân của hai doanh nghiệp chế biến nông sản tại xã Long Bình Điền.

Người lao động được khám nội khoa, tai mũi họng, răng hàm mặt, đo thính lực, chụp X-quang phổi và xét nghiệm máu. Qua khám, có 37 trường hợp tăng huyết áp, 21 trường hợp giảm thính lực được tư vấn điều trị.

Trung tâm khuyến cáo doanh nghiệp trang bị nút tai chống ồn và bố trí nghỉ giữa ca cho công nhân làm việc ở khu vực có tiếng ồn cao.

~ Khoa Khám bệnh

=== dv-09
sidebar_first: yes
site: laothainguyen
title: Bệnh viện tiếp nhận máy xét nghiệm sinh học phân tử chẩn đoán lao kháng thuốc
date: 2021-04-19 15:17
fmt: lf7
notes: Liferay 7 / VNPT '(Thứ hai, 19/04/2021 15:17)'; a 'Tin mới' strip with dates sits before the article

Ngày 19/4/2021, Bệnh viện Lao và Bệnh phổi Thái Nguyên tiếp nhận hệ thống máy xét nghiệm sinh học phân tử GeneXpert 16 mô-đun do Chương trình Chống lao quốc gia trang bị.

Hệ thống cho kết quả chẩn đoán lao và lao kháng thuốc Rifampicin trong vòng 2 giờ, thay vì 6 đến 8 tuần nếu nuôi cấy như trước đây. Mỗi ngày máy có thể thực hiện tới 64 mẫu bệnh phẩm.

! Ảnh: Kỹ thuật viên Khoa Vi sinh vận hành máy xét nghiệm mới

Bệnh viện đã cử 4 kỹ thuật viên tham gia tập huấn vận hành và sẽ tiếp nhận mẫu đờm gửi từ các trung tâm y tế huyện trong tỉnh.

~ Phòng Kế hoạch tổng hợp

=== dv-10
site: medinet
title: Thành phố tăng cường giám sát bệnh sởi tại các trường mầm non
date: 2024-02-07 08:28
fmt: sharepoint
notes: SharePoint 'Thứ Tư 07/02/2024 08:28' (capital T, no comma); 'Tin liên quan' dates

Sở Y tế Thành phố Hồ Chí Minh vừa có văn bản đề nghị Trung tâm Kiểm soát bệnh tật Thành phố và trung tâm y tế các quận, huyện tăng cường giám sát bệnh sởi tại các trường mầm non, nhà trẻ sau kỳ nghỉ Tết.

Các trường được hướng dẫn theo dõi tình trạng sức khỏe của trẻ hằng ngày, phát hiện sớm trẻ có biểu hiện sốt, phát ban, viêm kết mạc để cách ly và thông báo cho trạm y tế phường, xã.

Trung tâm y tế các quận, huyện rà soát tiền sử tiêm vắc xin sởi của trẻ, tổ chức tiêm vét cho trẻ chưa tiêm hoặc tiêm chưa đủ mũi.

~ Nguồn: Phòng Nghiệp vụ Y

=== dv-11
site: laobl
title: Bệnh viện tổ chức Ngày hội hiến máu tình nguyện năm 2023
date: 2023-08-09 09:05
fmt: joomla
modified: 2023-08-11 10:20
notes: Joomla in Vietnamese: 'Ngày đăng: Thứ tư, 09 Tháng 8 2023 09:05' and 'Cập nhật lần cuối: Thứ sáu, 11 Tháng 8 2023 10:20', both with time[datetime]

Sáng 8/8, Bệnh viện Lao và Bệnh phổi Bạc Liêu phối hợp Bệnh viện Đa khoa tỉnh Bạc Liêu tổ chức Ngày hội hiến máu tình nguyện năm 2023 cho viên chức, người lao động.

Có 86 người đăng ký tham gia, trong đó 71 người đủ điều kiện hiến máu; Ngày hội đã tiếp nhận 71 đơn vị máu, bổ sung vào nguồn máu dự trữ phục vụ cấp cứu, điều trị người bệnh trên địa bàn tỉnh.

! Ảnh: Viên chức Bệnh viện tham gia hiến máu

Ban tổ chức đã trao giấy chứng nhận và quà cho những người tham gia, đồng thời biểu dương 5 viên chức đã hiến máu từ 10 lần trở lên.

~ Công đoàn cơ sở

=== dv-12
site: bvdkla
title: Phẫu thuật nội soi cắt túi mật cho bệnh nhân 92 tuổi
date: 2024-03-12 09:15
fmt: wp_fjy
modified: 2024-04-02 14:40
notes: WordPress 'Tháng Ba 12, 2024' in time.entry-date.published, a hidden time.updated 'Tháng Tư 2, 2024', Yoast JSON-LD; 'Bài viết mới' widget with newer dates

Khoa Ngoại tổng hợp, Bệnh viện Đa khoa Long An vừa phẫu thuật nội soi cắt túi mật thành công cho cụ bà N.T.L. (92 tuổi, ngụ thành phố Tân An) bị viêm túi mật cấp do sỏi.

Bệnh nhân nhập viện với đau bụng vùng hạ sườn phải, sốt, kèm tăng huyết áp và suy tim. Sau khi hội chẩn với Khoa Gây mê hồi sức và Khoa Tim mạch, ê-kíp quyết định phẫu thuật nội soi để giảm đau sau mổ và rút ngắn thời gian nằm viện.

! Ảnh: Ê-kíp phẫu thuật thăm khám cho bệnh nhân sau mổ

Ca mổ kéo dài 50 phút. Ngày thứ hai sau mổ, bệnh nhân đã ngồi dậy ăn cháo; dự kiến xuất viện sau 5 ngày.

~ Phòng Công tác xã hội

=== dv-13
site: bvdkla2
title: Hưởng ứng Ngày Thế giới phòng chống lao 24/3 năm 2024
date: 2024-03-28
fmt: wp_long
notes: WordPress theme showing '28 Tháng Ba, 2024' and nothing machine-readable; comment form

Hưởng ứng Ngày Thế giới phòng chống lao 24/3, Bệnh viện Đa khoa Long An tổ chức buổi truyền thông về phát hiện sớm bệnh lao cho người bệnh và thân nhân tại khu khám bệnh.

Bác sĩ Khoa Hô hấp cho biết người ho kéo dài trên 2 tuần, sốt nhẹ về chiều, sụt cân, ra mồ hôi đêm cần đến cơ sở y tế để được chụp X-quang phổi và xét nghiệm đờm. Bệnh lao được điều trị khỏi hoàn toàn nếu tuân thủ đủ phác đồ.

Dịp này, Bệnh viện khám sàng lọc miễn phí cho 120 người có yếu tố nguy cơ, phát hiện 3 trường hợp nghi lao chuyển làm xét nghiệm chẩn đoán.

~ Khoa Hô hấp

=== dv-14
site: cdcna
title: Nghệ An ghi nhận ổ dịch sốt xuất huyết đầu tiên năm 2024 tại thành phố Vinh
date: 2024-03-14 10:22
fmt: nukeviet
notes: NukeViet: hidden itemprop datePublished (ISO) and JSON-LD; 'Thứ năm - 14/03/2024 10:22'; 'Những tin mới hơn' with newer dates before 'Những tin cũ hơn'

Ngày 13/3/2024, Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An cho biết đã ghi nhận ổ dịch sốt xuất huyết đầu tiên trong năm tại khối 5, phường Hưng Dũng, thành phố Vinh với 3 ca bệnh.

Ngay sau khi nhận thông tin, Trung tâm đã phối hợp Trung tâm Y tế thành phố Vinh điều tra, khoanh vùng, tổ chức phun hóa chất diệt muỗi và vận động người dân diệt lăng quăng trong bán kính 200 mét.

! Ảnh: Phun hóa chất diệt muỗi tại phường Hưng Dũng

Trung tâm khuyến cáo người dân khi có biểu hiện sốt cao đột ngột cần đến cơ sở y tế, không tự ý dùng thuốc hạ sốt có aspirin.

~ Khoa Phòng chống bệnh truyền nhiễm

=== sc-01
site: langson
title: Lạng Sơn tiêm vắc xin phòng bệnh dại miễn phí cho 1.200 người bị động vật cắn
date: 2024-05-16 15:30
story: langson-dai

Năm 2023 và 4 tháng đầu năm 2024, toàn tỉnh Lạng Sơn ghi nhận 1.204 người bị chó, mèo cắn phải tiêm vắc xin phòng dại; 2 trường hợp tử vong do bệnh dại đều không tiêm vắc xin sau khi bị cắn.

Từ nguồn kinh phí của tỉnh, Trung tâm Kiểm soát bệnh tật đã cấp vắc xin phòng dại miễn phí cho các trung tâm y tế huyện để tiêm cho người bị động vật nghi dại cắn thuộc hộ nghèo, cận nghèo và trẻ em dưới 15 tuổi.

! Ảnh: Tiêm vắc xin phòng dại tại Trung tâm Y tế huyện Cao Lộc

Ngành y tế khuyến cáo người bị chó, mèo cắn cần rửa vết thương bằng xà phòng dưới vòi nước chảy trong 15 phút và đến ngay cơ sở y tế để được tư vấn tiêm phòng.

~ Trung tâm Kiểm soát bệnh tật

=== sc-02
site: hagiang
title: Khám sàng lọc bệnh tim bẩm sinh cho trẻ em vùng cao Hà Giang
date: 2024-04-22 10:10
story: hagiang-tim

Trong ba ngày 19 đến 21/4/2024, Sở Y tế Hà Giang phối hợp Bệnh viện Nhi Trung ương tổ chức khám sàng lọc bệnh tim bẩm sinh miễn phí cho 860 trẻ em tại các huyện Đồng Văn, Mèo Vạc và Yên Minh.

Các bác sĩ đã siêu âm tim cho toàn bộ trẻ, phát hiện 54 trẻ mắc bệnh tim bẩm sinh, trong đó 17 trẻ có chỉ định can thiệp hoặc phẫu thuật sớm.

! Ảnh: Bác sĩ Bệnh viện Nhi Trung ương siêu âm tim cho trẻ tại huyện Mèo Vạc

Những trẻ cần phẫu thuật sẽ được các tổ chức từ thiện hỗ trợ chi phí đi lại, ăn ở và phần chi phí điều trị ngoài bảo hiểm y tế.

~ Phòng Nghiệp vụ Y

=== sc-03
site: chogao
title: Chợ Gạo tập huấn giám sát bệnh tay chân miệng cho trạm y tế xã
date: 2024-05-08 14:20
story: chogao-tcm

Ngày 7/5/2024, Trung tâm Y tế huyện Chợ Gạo tổ chức lớp tập huấn giám sát, phòng chống bệnh tay chân miệng cho 38 cán bộ phụ trách chương trình tại các trạm y tế xã, thị trấn.

Học viên được hướng dẫn định nghĩa ca bệnh, cách phân độ lâm sàng, quy trình lấy mẫu xét nghiệm và xử lý ổ dịch tại hộ gia đình và trường mầm non.

Từ đầu năm đến nay, huyện ghi nhận 26 ca tay chân miệng, tăng 9 ca so với cùng kỳ năm 2023, chủ yếu ở trẻ dưới 5 tuổi.

~ Khoa Kiểm soát bệnh tật

=== sc-04
site: laobl
title: Bệnh viện triển khai phần mềm đặt lịch khám bệnh trực tuyến
date: 2024-03-05 08:40
story: laobl-datlich

Từ ngày 1/3/2024, Bệnh viện Lao và Bệnh phổi Bạc Liêu triển khai phần mềm đặt lịch khám bệnh trực tuyến trên trang thông tin điện tử và qua tổng đài của Bệnh viện.

Người bệnh chọn ngày, buổi khám và chuyên khoa mong muốn, nhận tin nhắn xác nhận số thứ tự; khi đến Bệnh viện đúng giờ hẹn được tiếp đón tại quầy ưu tiên, không phải xếp hàng lấy số.

! Ảnh: Nhân viên hướng dẫn người bệnh đặt lịch khám trên điện thoại

Sau tuần đầu triển khai, đã có 214 lượt người bệnh đặt lịch trực tuyến.

~ Phòng Công tác xã hội

=== sc-05
site: nghean
title: Nghệ An phát hiện 2 ca mắc bệnh bạch hầu tại huyện Quế Phong
date: 2024-07-08 17:25
story: nghean-bachhau

Ngày 8/7/2024, Sở Y tế Nghệ An cho biết đã ghi nhận 2 trường hợp mắc bệnh bạch hầu tại bản Nậm Tột, xã Tri Lễ, huyện Quế Phong; cả hai đều là học sinh chưa tiêm đủ mũi vắc xin.

Ngành y tế đã cách ly, điều trị hai bệnh nhân tại Bệnh viện Đa khoa khu vực Tây Bắc; lập danh sách 137 người tiếp xúc gần để cho uống kháng sinh dự phòng và lấy mẫu xét nghiệm.

! Ảnh: Cán bộ y tế lấy mẫu xét nghiệm cho người tiếp xúc gần tại bản Nậm Tột

Sở Y tế chỉ đạo Trung tâm Y tế huyện Quế Phong tổ chức tiêm vắc xin có thành phần bạch hầu cho toàn bộ trẻ em và người dân trong bản, hoàn thành trong tuần này.

~ Văn phòng Sở Y tế

=== sc-06
site: nghean
title: Nghệ An phát hiện 2 ca mắc bệnh bạch hầu tại huyện Quế Phong
date: 2024-07-09 08:05
story: nghean-bachhau
tricky: re-posted under a new URL the next morning with one figure corrected (137 -> 173 close contacts)

Ngày 8/7/2024, Sở Y tế Nghệ An cho biết đã ghi nhận 2 trường hợp mắc bệnh bạch hầu tại bản Nậm Tột, xã Tri Lễ, huyện Quế Phong; cả hai đều là học sinh chưa tiêm đủ mũi vắc xin.

Ngành y tế đã cách ly, điều trị hai bệnh nhân tại Bệnh viện Đa khoa khu vực Tây Bắc; lập danh sách 173 người tiếp xúc gần để cho uống kháng sinh dự phòng và lấy mẫu xét nghiệm.

! Ảnh: Cán bộ y tế lấy mẫu xét nghiệm cho người tiếp xúc gần tại bản Nậm Tột

Sở Y tế chỉ đạo Trung tâm Y tế huyện Quế Phong tổ chức tiêm vắc xin có thành phần bạch hầu cho toàn bộ trẻ em và người dân trong bản, hoàn thành trong tuần này.

~ Văn phòng Sở Y tế
"""

TWIN_TEMPLATE = """
=== {id}
site: vinhlong
title: Trung tâm Y tế huyện {unit} tổ chức Hội nghị sơ kết 6 tháng đầu năm 2024
date: {date}
story: {story}
tricky: template twin of {twin}: same template, every name, number and place different

Chiều ngày {day}/7/2024, Trung tâm Y tế huyện {unit} tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí {director}, Giám đốc Trung tâm chủ trì hội nghị; tham dự có các Phó Giám đốc, trưởng các khoa, phòng và trạm y tế {xa} xã, thị trấn.

Báo cáo tại hội nghị cho biết, 6 tháng đầu năm 2024 Trung tâm đã khám bệnh cho {kham} lượt người, đạt {pk}% kế hoạch năm; điều trị nội trú {nt} lượt người bệnh; công suất sử dụng giường bệnh đạt {cs}%. Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt {tc}%.

Công tác phòng chống dịch bệnh được duy trì thường xuyên; toàn huyện ghi nhận {sxh} ca sốt xuất huyết và {tcm} ca tay chân miệng, không có trường hợp tử vong. Các ổ dịch tại xã {xa1} và xã {xa2} được xử lý kịp thời, không để lây lan.

! Ảnh: Đồng chí {director} phát biểu kết luận hội nghị

Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: {hanche}.

Phát biểu kết luận, đồng chí {director} đề nghị các khoa, phòng và trạm y tế tập trung hoàn thành chỉ tiêu tiêm chủng mở rộng, khám sức khỏe cho {nct} người cao tuổi và đẩy mạnh chuyển đổi số trong 6 tháng cuối năm 2024.

~ {byline}
"""

TWINS = [
    dict(id="sc-07", unit="Vũng Liêm", date="2024-07-12 16:30", story="vinhlong-vungliem", twin="sc-08", day="10",
         director="Nguyễn Văn Hùng", xa="20", kham="98.412", pk="54,6", nt="7.305", cs="96,2", tc="47,8", sxh="63",
         tcm="41", xa1="Trung Thành Tây", xa2="Quới Thiện",
         hanche="nhân lực bác sĩ tại trạm y tế còn thiếu, 6 trạm chưa có bác sĩ; một số trang thiết bị xuống cấp "
                "chưa được thay thế",
         nct="4.500", byline="Minh Khoa - TTYT Vũng Liêm"),
    dict(id="sc-08", unit="Mang Thít", date="2024-07-15 09:45", story="vinhlong-mangthit", twin="sc-07", day="12",
         director="Trần Thị Kim Loan", xa="13", kham="61.907", pk="51,3", nt="4.188", cs="88,5", tc="45,1", sxh="37",
         tcm="22", xa1="Chánh An", xa2="Mỹ Phước",
         hanche="tỷ lệ tiêm chủng đầy đủ còn thấp do vắc xin về chậm; công tác thu dung điều trị nội trú chưa đạt "
                "kế hoạch",
         nct="3.200", byline="Thanh Trúc - TTYT Mang Thít"),
]

# which pages of the sitecopies family, in file order per site: (story id, variant)
SC_PAGES = [
    ("sc-01", "article"), ("sc-01", "print"),
    ("sc-02", "article"), ("sc-02", "print"),
    ("sc-03", "article"), ("sc-03", "print"),
    ("sc-04", "article"), ("sc-04", "print"),
    ("sc-05", "article"), ("sc-06", "article"),
    ("sc-07", "article"), ("sc-08", "article"), ("sc-08", "print"),
]

# --------------------------------------------------------------------------- publishers


@dataclass
class Site:
    key: str
    name: str
    host: str
    address: str
    phone: str
    others: list[tuple[str, str]]  # other articles shown in sidebars: (title, "YYYY-MM-DD HH:MM")


SITES = {s.key: s for s in [
    Site("haiphong", "Sở Y tế Hải Phòng", "soyte.haiphong.gov.vn", "Số 38 Lê Đại Hành, quận Hồng Bàng, thành phố Hải Phòng",
         "0225.3842.729",
         [("Hải Phòng triển khai Tháng hành động vì an toàn thực phẩm năm 2024", "2024-07-02 10:12"),
          ("Kiểm tra công tác phòng chống dịch tại cảng hàng không Cát Bi", "2024-06-28 15:40"),
          ("Bệnh viện Việt Tiệp ghép thận thành công cho bệnh nhân 19 tuổi", "2024-06-27 09:05"),
          ("Tập huấn cấp cứu ngoại viện cho đội ngũ lái xe cứu thương", "2024-06-26 14:22"),
          ("Sở Y tế Hải Phòng công bố danh sách cơ sở đủ điều kiện khám sức khỏe lái xe", "2024-06-20 08:30")]),
    Site("quangtri", "Sở Y tế tỉnh Quảng Trị", "dohquangtri.gov.vn", "Số 34 Trần Hưng Đạo, thành phố Đông Hà, tỉnh Quảng Trị",
         "0233.3852.481",
         [("Trung tâm Y tế huyện Hải Lăng khai trương Đơn nguyên sơ sinh", "2024-06-20 09:12"),
          ("Khám, tư vấn miễn phí bệnh lý cột sống cho người dân Vĩnh Linh", "2024-06-17 16:45"),
          ("Cấp cứu thành công bệnh nhân ngộ độc nấm rừng", "2024-06-10 08:05"),
          ("Quảng Trị tăng cường phòng chống dịch bệnh mùa mưa lũ", "2022-12-26 10:00")]),
    Site("cdcht", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh", "cdc.hatinh.gov.vn",
         "Số 09 Hải Thượng Lãn Ông, thành phố Hà Tĩnh, tỉnh Hà Tĩnh", "0239.3855.586",
         [("Hà Tĩnh chủ động phòng chống bệnh sốt xuất huyết mùa mưa", "2024-04-02 15:10"),
          ("Tập huấn phần mềm quản lý bệnh không lây nhiễm cho tuyến xã", "2024-03-26 09:30"),
          ("Hưởng ứng Ngày Thế giới phòng chống lao 24/3", "2024-03-22 14:00"),
          ("Giám sát chiến dịch tiêm vắc xin sởi tại huyện Hương Khê", "2023-01-05 08:50")]),
    Site("chogao", "Trung tâm Y tế huyện Chợ Gạo", "ttytchogao.soytetiengiang.gov.vn",
         "Quốc lộ 50, khu phố 2, thị trấn Chợ Gạo, huyện Chợ Gạo, tỉnh Tiền Giang", "0273.3855.112",
         [("Chợ Gạo tổ chức Ngày hội hiến máu tình nguyện đợt 2 năm 2024", "2024-07-19 10:15"),
          ("Kiểm tra an toàn thực phẩm bếp ăn trường mầm non", "2024-06-21 15:30"),
          ("Hội thi điều dưỡng giỏi năm 2024", "2024-06-14 08:20"),
          ("Truyền thông phòng chống sốt xuất huyết tại xã Hòa Định", "2022-07-20 09:40"),
          ("Khám sức khỏe cho người cao tuổi xã Bình Phan", "2022-07-12 14:10")]),
    Site("laothainguyen", "Bệnh viện Lao và Bệnh phổi Thái Nguyên", "benhvienlaovabenhphoi.thainguyen.gov.vn",
         "Tổ 5, phường Tân Lập, thành phố Thái Nguyên, tỉnh Thái Nguyên", "0208.3855.416",
         [("Khám sàng lọc bệnh lao cho phạm nhân trại giam Phú Sơn 4", "2021-04-16 16:20"),
          ("Hội nghị tổng kết công tác chống lao năm 2020", "2021-01-22 09:00"),
          ("Bệnh viện tổ chức tập huấn kiểm soát nhiễm khuẩn", "2021-03-30 14:45"),
          ("Tiếp nhận trang thiết bị từ Dự án Quỹ toàn cầu", "2021-04-12 10:30")]),
    Site("medinet", "Sở Y tế Thành phố Hồ Chí Minh", "medinet.gov.vn", "59 Nguyễn Thị Minh Khai, Quận 1, Thành phố Hồ Chí Minh",
         "028.3930.9912",
         [("Thành phố triển khai kế hoạch tiêm chủng mở rộng năm 2024", "2024-01-30 15:12"),
          ("Bảo đảm công tác khám chữa bệnh dịp Tết Nguyên đán Giáp Thìn", "2024-02-05 09:40"),
          ("Cảnh báo ngộ độc thực phẩm dịp lễ hội đầu năm", "2024-02-06 17:05")]),
    Site("laobl", "Bệnh viện Lao và Bệnh phổi Bạc Liêu", "bvlbpbl.vn", "Số 18 Lê Duẩn, Phường 1, thành phố Bạc Liêu",
         "0291.3822.316",
         [("Bệnh viện hưởng ứng Ngày Thế giới phòng chống lao năm 2024", "2024-03-25 09:30"),
          ("Khám phát hiện lao chủ động tại huyện Phước Long", "2023-08-15 14:00"),
          ("Chi bộ Bệnh viện kết nạp đảng viên mới", "2023-07-28 16:00"),
          ("Tập huấn chẩn đoán, điều trị bệnh phổi tắc nghẽn mạn tính", "2023-08-02 08:15")]),
    Site("bvdkla", "Bệnh viện Đa khoa Long An", "bvdkla.longan.gov.vn", "Số 211 Nguyễn Thông, Phường 3, thành phố Tân An, tỉnh Long An",
         "0272.3822.305",
         [("Bệnh viện triển khai kỹ thuật lọc máu hấp phụ", "2024-04-18 10:00"),
          ("Hội thi Điều dưỡng trưởng giỏi năm 2024", "2024-04-10 15:00"),
          ("Cứu sống bệnh nhân ngưng tim ngoại viện", "2024-04-05 08:00"),
          ("Khám sàng lọc ung thư vú miễn phí cho phụ nữ", "2024-03-20 09:00")]),
    Site("cdcna", "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", "cdcnghean.vn", "Số 140 Lê Hồng Phong, thành phố Vinh, tỉnh Nghệ An",
         "0238.3844.620",
         [("Tập huấn giám sát bệnh truyền nhiễm cho tuyến huyện", "2024-04-11 08:10"),
          ("Nghệ An triển khai tiêm vắc xin 5 trong 1 cho trẻ", "2024-03-28 15:30"),
          ("Cảnh báo nguy cơ ngộ độc thực phẩm mùa nắng nóng", "2024-03-20 09:45"),
          ("Kiểm tra công tác tiêm chủng tại huyện Nghi Lộc", "2024-03-05 14:20"),
          ("Hội nghị triển khai công tác y tế dự phòng năm 2024", "2024-02-27 08:30")]),
    Site("langson", "Sở Y tế tỉnh Lạng Sơn", "soyt.langson.gov.vn", "Số 3 Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn",
         "0205.3812.397",
         [("Lạng Sơn tăng cường phòng chống dịch bệnh mùa hè", "2024-05-14 09:00"),
          ("Tập huấn kỹ năng truyền thông cho y tế thôn bản", "2024-05-10 14:15")]),
    Site("hagiang", "Sở Y tế tỉnh Hà Giang", "ytehagiang.org.vn", "Số 338 Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang",
         "0219.3867.112",
         [("Hà Giang tổ chức chiến dịch uống vitamin A đợt 1 năm 2024", "2024-04-18 10:20"),
          ("Khám bệnh, cấp thuốc miễn phí cho người dân xã Lũng Cú", "2024-04-09 16:00")]),
    Site("nghean", "Sở Y tế tỉnh Nghệ An", "yte.nghean.gov.vn", "Số 18 Trường Thi, thành phố Vinh, tỉnh Nghệ An",
         "0238.3835.442",
         [("Nghệ An tăng cường phòng chống dịch bệnh mùa hè", "2024-07-03 10:40"),
          ("Kiểm tra công tác khám chữa bệnh tại huyện Tương Dương", "2024-06-28 15:00")]),
    Site("vinhlong", "Sở Y tế tỉnh Vĩnh Long", "soyte.vinhlong.gov.vn", "Số 47 Lê Văn Tám, Phường 1, thành phố Vĩnh Long",
         "0270.3822.127",
         [("Trung tâm Y tế huyện Trà Ôn ra quân diệt lăng quăng", "2024-07-08 10:10"),
          ("Sở Y tế kiểm tra công tác dược tại các nhà thuốc", "2024-07-02 14:30")]),
]}
SITES["bvdkla2"] = SITES["bvdkla"]  # the same hospital, its older single-post template

FAMILY_ABOUT = {
    "datevariety": (
        "Fourteen articles from eleven publishers on eight platforms, one date format each (see each page's "
        "notes). Reference 'published': the article's publication date as ISO 8601 in +07:00, with its time when "
        "the page gives a time for this article (shown, or in its own datetime/JSON-LD metadata), else the day "
        "(YYYY-MM-DD). It is never the modified date ('Cập nhật lần cuối', time.updated, dateModified), never "
        "today's date in the header, never another article's date (sidebars before or after the article, "
        "'Tin mới', 'Các tin khác', 'Những tin mới hơn', some newer than the article by years), and never an "
        "event date in the text ('Chiều ngày 19/12'). A page whose only date line says 'Cập nhật' (updated) "
        "gives that date as its publication date. Vietnamese dates are day first: 12/03/2024 is 12 March, "
        "05/06/2024 is 5 June; '04:04 PM' is 16:04; 'Lượt xem: 1501' is a view count."),
    "sitecopies": (
        "Pages of one site each, in groups: a story and its print view (Lạng Sơn /bm/print/<id>, Hà Giang "
        "/tin-tuc/in/<slug>.html, Liferay 6.2 p_p_state=pop_up, Joomla ?tmpl=component&print=1, Vĩnh Long "
        "?print=1; the print views add a header with the site name, the date line and 'URL của bản tin này: …'); "
        "Nghệ An's story re-posted the next morning under a new URL with one figure corrected; two template "
        "twins on Sở Y tế Vĩnh Long (the six-month review conferences of TTYT Vũng Liêm and TTYT Mang Thít, "
        "written from one template, every name, number and place different). 'story': the same id for the "
        "pages of one story (a dedup should keep them as one article), different ids for twins (it must not "
        "merge them). Extraction reference as in the other families; a print view's is its article's (its "
        "header is furniture)."),
}

# --------------------------------------------------------------------------- dates as the platforms show them


def caps_weekday(when: dt.datetime) -> str:
    """SharePoint's 'Thứ Tư' (capital second word); 'Chủ Nhật'."""
    return " ".join(w[:1].upper() + w[1:] for w in WEEKDAYS[when.weekday()].split())


def lower_weekday(when: dt.datetime) -> str:
    return WEEKDAYS[when.weekday()]


def ampm(when: dt.datetime, pad: bool = True) -> str:
    h = when.hour % 12 or 12
    return f"{h:02d}:{when:%M} {'AM' if when.hour < 12 else 'PM'}" if pad else \
        f"{h}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


DATE_LINES = {
    "dash": lambda w: f"{w:%d/%m/%Y - %H:%M}",
    "capnhatluc": lambda w: f"Cập nhật lúc: {w:%H:%M %d/%m/%Y}",
    "thang_nam": lambda w: f"Ngày {w.day} tháng {w.month} năm {w.year}",
    "capnhat_thang": lambda w: f"Cập nhật: {w.day} tháng {w.month:02d} năm {w.year}",
    "thu_comma": lambda w: f"{lower_weekday(w)}, {w:%d/%m/%Y %H:%M}",
    "ngaydang": lambda w: f"Ngày đăng: {w:%d/%m/%Y}",
    "lf62": lambda w: f"{w:%d/%m/%Y} | {ampm(w)}",
    "lf62b": lambda w: f"Ngày đăng {w:%d/%m/%Y} | {ampm(w, pad=False)} | ",
    "lf7": lambda w: f"({lower_weekday(w)}, {w:%d/%m/%Y %H:%M})",
    "sharepoint": lambda w: f"{caps_weekday(w)} {w:%d/%m/%Y %H:%M}",
    "joomla": lambda w: f"{lower_weekday(w)}, {w:%d} Tháng {w.month} {w.year} {w:%H:%M}",
    "wp_fjy": wp_fjy,
    "wp_long": wp_long,
    "nukeviet": lambda w: f"{lower_weekday(w)} - {w:%d/%m/%Y %H:%M}",
}

TODAY = dt.datetime(2025, 12, 9, 8, 0)  # the crawl's day, shown in some headers


def iso(when: dt.datetime) -> str:
    return f"{when:%Y-%m-%dT%H:%M:00}+07:00"


def d(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


@dataclass
class Other:
    title: str
    when: dt.datetime
    url: str


def story_url(story: Story, variant: str = "article") -> str:
    site = SITES[story.site]
    slug = slugify(story.title)
    num = int(hid(story.id), 16) % 90000 + 10000
    base = {
        "haiphong": f"https://{site.host}/tin-hoat-dong/{slug}-{num + 800000}",
        "quangtri": f"https://{site.host}/tin-tuc-su-kien/kham-chua-benh/{slug}.html",
        "cdcht": f"https://{site.host}/kiem-soat-dich-benh-2/{slug}.html",
        "chogao": f"https://{site.host}/tin-tuc/-/view_content/{num}-{slug}",
        "laothainguyen": f"https://{site.host}/tin-tuc-su-kien/-/asset_publisher/Kx7bQm2LpZ4a/content/{slug}",
        "medinet": f"https://{site.host}/Pages/chi-tiet-tin-tuc.aspx?ItemID={num % 9000 + 28000}",
        "laobl": f"https://{site.host}/index.php/tin-tuc/{num % 900 + 100}-{slug}.html",
        "bvdkla": f"https://{site.host}/{slug}/",
        "bvdkla2": f"https://{site.host}/{slug}/",
        "cdcna": f"https://{site.host}/tin-hoat-dong/{slug}-{num}.html",
        "langson": f"https://{site.host}/bm/tin-tuc-su-kien/{num % 5000 + 3000}",
        "hagiang": f"https://{site.host}/tin-tuc/{slug}.html",
        "nghean": f"https://{site.host}/tin-hoat-dong/{slug}-{num + 900000}",
        "vinhlong": f"https://{site.host}/chuyen-muc-tin-tuc/id/{num % 4000 + 40000}",
    }[story.site]
    if variant == "article":
        return base
    return {
        "langson": base.replace("/bm/tin-tuc-su-kien/", "/bm/print/"),
        "hagiang": base.replace("/tin-tuc/", "/tin-tuc/in/"),
        "chogao": base + "?p_p_id=101_INSTANCE_tT5kqZr2xWbn&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view"
                         "&_101_INSTANCE_tT5kqZr2xWbn_viewMode=print",
        "laobl": base + "?tmpl=component&print=1&layout=default",
        "vinhlong": base + "?print=1",
    }[story.site]


def others(story: Story, stories: dict[str, Story]) -> list[Other]:
    """Other articles of the site, newest first: the site's sidebar titles and the family's other stories of
    the same publisher (not the re-post of the same story)."""
    site = SITES[story.site]
    out = [Other(t, d(w), story_url(Story("x" + t, story.site, t, w, []))) for t, w in site.others]
    for s in stories.values():
        if SITES[s.site] is site and s.title != story.title:
            out.append(Other(s.title, s.when, story_url(s)))
    return sorted(out, key=lambda o: o.when, reverse=True)


# --------------------------------------------------------------------------- themes


SITE_FMT = {"chogao": "lf62", "laobl": "joomla"}  # a platform's own format when a story names none


def date_line(story: Story) -> str:
    fmt = story.meta.get("fmt") or SITE_FMT.get(story.site)
    return DATE_LINES[fmt](story.when) if fmt else \
        f"{story.when:%d/%m/%Y %H:%M}" if story.has_time else f"{story.when:%d/%m/%Y}"


def page_vendor_a(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """Sở Y tế Hải Phòng: a local-vendor portal; today's date in the top bar; the left column ('Tin mới' with
    dates and times) comes before the article in the DOM; date line above the h1."""
    site = SITES[story.site]
    ot = others(story, stories)
    news = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="time">{o.when:%d/%m/%Y - %H:%M}'
                   f"</span></li>" for o in ot[:5])
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lãnh đạo Sở", "Cơ cấu tổ chức"]),
            ("Tin tức", ["Tin hoạt động", "Y tế dự phòng", "Khám chữa bệnh"]), ("Văn bản", []),
            ("Thủ tục hành chính", []), ("Liên hệ", [])]
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(story.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Themes/syt/css/main.css?v=20190812">
</head>
<body>
<div class="topbar"><span class="today">{pg.n(f"{lower_weekday(TODAY)}, ngày {TODAY:%d/%m/%Y}")}</span> <span class="hotline">{pg.n("Đường dây nóng: 0225.3842.729")}</span></div>
<div class="header"><a href="/"><img src="/Themes/syt/images/banner.jpg" alt="{attr(site.name)}"></a></div>
<div class="menu">{simple_menu(pg, menu, "mainnav", "subnav")}</div>
<div class="page">
<div class="col-left">
<div class="block"><div class="block-title">{pg.n("TIN MỚI")}</div><ul class="newest">{news}</ul></div>
<div class="block"><div class="block-title">{pg.n("LIÊN KẾT")}</div><a href="https://haiphong.gov.vn"><img src="/Upload/banner/cong-tp.jpg" alt=""></a></div>
</div>
<div class="col-main">
<div class="breadcrumb"><a href="/">{pg.n("Trang chủ")}</a> &gt; <a href="/tin-hoat-dong">{pg.n("Tin hoạt động")}</a></div>
<div class="detail">
<div class="detail-date">{esc(date_line(story))}</div>
<h1 class="detail-title">{esc(story.title)}</h1>
<div class="detail-content">
{body_html(story, pg, caption="em", lead="plain", byline="right", img_base="/Upload/tin-tuc")}
</div>
<div class="detail-tools"><a href="javascript:window.print()">{pg.n("In bài viết")}</a> <a href="#">{pg.n("Gửi email")}</a> <a href="#top">{pg.n("Về đầu trang")}</a></div>
</div>
</div>
</div>
<div class="footer"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Ghi rõ nguồn “Sở Y tế Hải Phòng” khi phát hành lại thông tin từ website này.")}</p></div>
</body>
</html>"""


VENDOR_B_MENUS = {
    "quangtri": [("Trang chủ", []), ("Giới thiệu", []), ("Tin tức - Sự kiện", ["Khám chữa bệnh", "Y tế dự phòng", "Dược"]),
                 ("Văn bản chỉ đạo", []), ("Thủ tục hành chính", []), ("Liên hệ", [])],
    "cdcht": [("Trang chủ", []), ("Giới thiệu", ["Ban Giám đốc", "Các khoa, phòng"]),
              ("Kiểm soát dịch bệnh", ["Bệnh truyền nhiễm", "HIV/AIDS", "Sức khỏe môi trường"]), ("Tiêm chủng", []),
              ("Văn bản", []), ("Hỏi đáp", [])],
    "langson": [("Trang chủ", []), ("Giới thiệu", ["Lãnh đạo Sở", "Đơn vị trực thuộc"]),
                ("Tin tức - Sự kiện", ["Hoạt động ngành", "Y tế cơ sở"]), ("Văn bản", []), ("Dịch vụ công", [])],
    "hagiang": [("Trang chủ", []), ("Giới thiệu", []), ("Tin tức", ["Hoạt động ngành", "Y tế vùng cao"]),
                ("Văn bản pháp quy", []), ("Thủ tục hành chính", []), ("Liên hệ", [])],
    "nghean": [("Trang chủ", []), ("Giới thiệu", ["Lãnh đạo Sở", "Cơ cấu tổ chức"]),
               ("Tin hoạt động", ["Tin trong tỉnh", "Phòng chống dịch"]), ("Văn bản", []), ("Hỏi đáp", [])],
    "vinhlong": [("Trang chủ", []), ("Giới thiệu", ["Lịch sử hình thành", "Cơ cấu tổ chức"]),
                 ("Tin tức", ["Tin hoạt động", "Tin y tế cơ sở"]), ("Văn bản", []), ("Lịch công tác", [])],
}


def page_vendor_b(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """A local-vendor portal several provinces bought (Quảng Trị, CDC Hà Tĩnh, Lạng Sơn, Hà Giang, Nghệ An,
    Vĩnh Long): h1 logo text, h2 headline, the date line under it, share/print bar, 'Tin liên quan' (dated)
    after the article and 'Tin mới' (dated) in the right column. Its print view (variant 'print') is a
    bare page: site name header, date line, 'URL của bản tin này: …', the article, print/close links."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    if variant == "print":
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="/Content/print.css">
</head>
<body onload="window.print()">
<div class="print-page">
<div class="print-header"><img src="/Content/img/logo-print.png" alt=""><div class="print-site">{pg.n(site.name.upper())}</div><div class="print-site-url">{pg.n(f"Trang thông tin điện tử - https://{site.host}")}</div></div>
<hr>
<div class="print-date">{esc(date_line(story))}</div>
<div class="print-url">{pg.n("URL của bản tin này:")} <a href="{attr(url)}">{pg.n(url)}</a></div>
<h2 class="print-title">{esc(story.title)}</h2>
<div class="print-content">
{body_html(story, pg, caption="table", lead="plain", byline="strong", img_base="/Upload/images")}
</div>
<hr>
<div class="print-footer">{pg.n("© " + site.name + " - " + site.address)}</div>
<div class="print-tools"><a href="javascript:window.print()">{pg.n("In bài")}</a> | <a href="javascript:window.close()">{pg.n("Đóng cửa sổ")}</a></div>
</div>
</body>
</html>"""
    related = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="date">({o.when:%d/%m/%Y})</span></li>'
                      for o in ot[:3])
    newest = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a><div class="date">{o.when:%d/%m/%Y %H:%M}</div></li>'
                     for o in ot[:4])
    print_href = story_url(story, "print") if story.site in ("langson", "hagiang", "vinhlong") else "javascript:window.print()"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(story.title)} - {esc(site.name)}</title>
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(story.title)}">
<link rel="stylesheet" href="/Content/css/portal.css?v=3.2">
</head>
<body>
<header><div class="container"><h1 class="logo"><a href="/"><img src="/Content/img/logo.png" alt=""> {pg.n(site.name.upper())}</a></h1><form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>{pg.n("Tìm")}</button></form></div></header>
<nav><div class="container">{simple_menu(pg, VENDOR_B_MENUS[story.site], "menu", "sub-menu")}</div></nav>
<div class="container"><div class="row">
<div class="col-main">
<div class="breadcrumb"><a href="/">{pg.n("Trang chủ")}</a> / <a href="/tin-tuc">{pg.n("Tin tức")}</a></div>
<article class="news-detail">
<h2 class="news-title">{esc(story.title)}</h2>
<div class="news-date">{esc(date_line(story))}</div>
<div class="news-content">
{body_html(story, pg, caption="table", lead="plain", byline="strong", img_base="/Upload/images")}
</div>
<div class="news-tools"><a href="{attr(print_href)}" target="_blank">{pg.n("In trang")}</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}">{pg.n("Chia sẻ")}</a></div>
<div class="news-related"><h3>{pg.n("Tin liên quan")}</h3><ul>{related}</ul></div>
</article>
</div>
<aside class="col-side">
<div class="box"><div class="box-title">{pg.n("Tin mới")}</div><ul>{newest}</ul></div>
<div class="box"><div class="box-title">{pg.n("Thống kê truy cập")}</div><p>{pg.n("Đang truy cập: 23")}</p><p>{pg.n("Tổng lượt truy cập: 1.842.330")}</p></div>
</aside>
</div></div>
<footer><div class="container"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone)}</p></div></footer>
</body>
</html>"""


def page_liferay62(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """TTYT Chợ Gạo on Liferay 6.2: 'asset-full-content-title', 'assetPublishDate', '.journal-content-article',
    'Các tin khác' and a 'Tin mới' portlet (dated); the print view is the same portlet in p_p_state=pop_up
    with a print header (site name, date, 'URL của bản tin này')."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    stamp = date_line(story)
    if story.meta.get("fmt") == "lf62b":
        views = f'<span class="view-count">{pg.n("Lượt xem: 1501")}</span>'
    else:
        views = ""
    body = body_html(story, pg, caption="em", lead="plain", byline="right", img_base="/documents/10182/0")
    if variant == "print":
        return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(story.title)} - Tin tức - {esc(site.name)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/classic/css/main.css?browserId=other&amp;themeId=ttyt_WAR_ttyttheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
</head>
<body class="portal-popup yui3-skin-sam controls-visible guest-site signed-out public-page">
<div class="columns-1" id="main-content" role="main">
<div class="print-header"><div class="print-logo">{pg.n(site.name.upper())}</div><div class="print-date">{pg.n(f"Ngày in: {TODAY:%d/%m/%Y}")}</div><div class="print-url">{pg.n("URL của bản tin này:")} {pg.n(url)}</div></div>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_tT5kqZr2xWbn_">
<div class="asset-full-content default-asset-publisher">
<div class="asset-full-content-title">{esc(story.title)}</div>
<div class="assetPublishDate">{esc(stamp)}</div>
<div class="asset-content"><div class="journal-content-article">
{body}
</div></div>
<div class="print-action"><a href="javascript:print();">{pg.n("In trang")}</a></div>
</div></div>
</div>
</body>
</html>"""
    others_li = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="date">({o.when:%d/%m/%Y})</span></li>'
                        for o in ot[:4])
    newest = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{attr(o.url)}">{pg.n(o.title)}</a></h3>'
                     f'<div class="asset-date">{o.when:%d/%m/%Y | } {ampm(o.when)}</div></div>' for o in ot[:3])
    menu = [("Trang chủ", []), ("Giới thiệu", ["Ban Giám đốc", "Các khoa, phòng"]),
            ("Tin tức", ["Hoạt động chuyên môn", "Y tế dự phòng"]), ("Văn bản", []), ("Lịch công tác", [])]
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(story.title)} - Tin tức - {esc(site.name)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/classic/css/main.css?browserId=other&amp;themeId=ttyt_WAR_ttyttheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=ttyt_WAR_ttyttheme&amp;colorSchemeId=01&amp;minifierType=js" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo" href="/"><img alt="" src="/image/company_logo" /></a> <span class="site-name">{pg.n(site.name.upper())}</span></h1></div>
<nav class="sort-pages modify-pages" id="navigation">{simple_menu(pg, menu, "nav-menu", "child-menu")}</nav></header>
<div id="content"><div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_tT5kqZr2xWbn_"><section class="portlet">
<div class="portlet-content"><div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-full-content-title">{esc(story.title)}</div>
<div class="assetPublishDate">{esc(stamp)}{views}</div>
<div class="asset-content"><div class="journal-content-article">
{body}
</div></div>
<div class="taglib-social-bookmarks"><a href="{attr(story_url(story, "print"))}" target="_blank">{pg.n("In bài viết")}</a> <a href="#">{pg.n("Gửi bài viết")}</a></div>
<div class="other-news"><div class="title-other">{pg.n("Các tin khác")}</div><ul>{others_li}</ul></div>
</div></div></section></div>
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-boundary portlet-asset-publisher"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{pg.n("Tin mới")}</span></h1></header><div class="portlet-content">{newest}</div></section></div>
<div class="portlet-boundary"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{pg.n("Thống kê truy cập")}</span></h1></header><div class="portlet-content"><p>{pg.n("Tổng số lượt truy cập: 412.906")}</p></div></section></div>
</div>
</div></div></div>
<footer id="footer" role="contentinfo"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone)}</p></footer>
</div>
</body>
</html>"""


def page_liferay7(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """BV Lao và Bệnh phổi Thái Nguyên on a VNPT Liferay 7 portal: a 'Tin mới' strip with dates above the
    article, 'span.asset-title', '(Thứ hai, 19/04/2021 15:17)', '.journal-content-article', 'Tin đọc nhiều'."""
    site = SITES[story.site]
    ot = others(story, stories)
    strip = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="date">({o.when:%d/%m/%Y})</span></li>'
                    for o in ot[:3])
    hot = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a><span class="publish-date">{o.when:%d/%m/%Y %H:%M}'
                  f"</span></li>" for o in ot[1:4])
    menu = [("Trang chủ", []), ("Giới thiệu", ["Ban Giám đốc", "Khoa, phòng"]), ("Tin tức - Sự kiện", []),
            ("Chỉ đạo tuyến", []), ("Văn bản", []), ("Liên hệ", [])]
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(story.title)} - {esc(site.name)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/o/vnpt-portal-theme/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
<script type="text/javascript">var themeDisplay = {{getLanguageId: function() {{return "vi_VN";}}}};</script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner"><div class="banner-top"><a href="/"><img src="/o/vnpt-portal-theme/images/banner.png" alt="{attr(site.name)}"></a></div>
<nav id="navigation">{simple_menu(pg, menu, "navbar-nav", "dropdown-menu")}</nav>
<div class="news-ticker"><span class="ticker-label">{pg.n("Tin mới")}</span><ul class="ticker">{strip}</ul></div></header>
<section id="content"><div class="row">
<div class="col-md-8 portlet-column" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Kx7bQm2LpZ4a_">
<div class="asset-full-content"><div class="asset-content-detail">
<span class="asset-title">{esc(story.title)}</span>
<span class="publish-date">{esc(date_line(story))}</span>
<div class="journal-content-article" data-analytics-asset-type="web-content">
{body_html(story, pg, caption="table", lead="plain", byline="right", img_base="/documents/20182/0")}
</div>
<div class="asset-tools"><a href="javascript:window.print()">{pg.n("In trang")}</a> <a href="#">{pg.n("Chia sẻ")}</a></div>
</div></div></div>
</div>
<div class="col-md-4 portlet-column" id="column-2">
<div class="portlet-boundary"><div class="portlet-title">{pg.n("Tin đọc nhiều")}</div><ul class="most-viewed">{hot}</ul></div>
<div class="portlet-boundary"><div class="portlet-title">{pg.n("Đường dây nóng")}</div><p>{pg.n("Phản ánh chất lượng khám chữa bệnh: 0968.115.208")}</p></div>
</div>
</div></section>
<footer id="footer"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}</p></footer>
</div>
</body>
</html>"""


def page_sharepoint(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """Sở Y tế TP.HCM on a SharePoint portal: 'Tiếng Việt | English' switch, ctl00_SPWebPartManager1 web
    parts, 'Thứ Tư 07/02/2024 08:28', 'Tin liên quan' with dates."""
    site = SITES[story.site]
    ot = others(story, stories)
    wp = "ctl00_SPWebPartManager1_g_5d1c0f3a_8e2b_4c55_9a71_2f7c1b3e9d40"
    rel = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="date">{caps_weekday(o.when)} '
                  f"{o.when:%d/%m/%Y %H:%M}</span></li>" for o in ot[:3])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=ox%2BqLzJOtJnFyfbkQp5wOA%3D%3D"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=Lh0gVV1MmBbLz7ylaNH6sQ%3D%3D"></script>
</head>
<body>
<form method="post" action="./chi-tiet-tin-tuc.aspx?ItemID={story_url(story).rsplit('=', 1)[1]}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAgIBDxYCHgdWaXNpYmxlaGQCAw9kFgI=" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><div class="lang"><a href="/">{pg.n("Tiếng Việt")}</a> | <a href="/en">{pg.n("English")}</a></div><div class="logo"><img src="/PublishingImages/logo-syt.png" alt="" /><span>{pg.n("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH")}</span></div></div>
<div class="menu">{simple_menu(pg, [("Trang chủ", []), ("Giới thiệu", []), ("Tin tức", ["Tin hoạt động", "Thông báo"]), ("Văn bản", []), ("Dịch vụ công", [])], "topnav", "subnav")}</div>
<div id="contentBox"><div class="ms-webpart-zone"><div class="ms-webpart-chrome" id="{wp}">
<div class="news-detail">
<div class="title"><h3>{esc(story.title)}</h3></div>
<div class="date"><span id="{wp}_ctl00_lblNgayDang">{esc(date_line(story))}</span></div>
<div class="content">
{body_html(story, pg, caption="table", lead="plain", byline="em", img_base="/PublishingImages/tin-tuc")}
</div>
<div class="tools"><a href="javascript:window.print()">{pg.n("In trang")}</a> <a href="#">{pg.n("Gửi email")}</a></div>
<div class="related"><div class="related-title">{pg.n("Tin liên quan")}</div><ul>{rel}</ul></div>
</div>
</div></div></div>
<div class="footer"><p>{pg.n("Cơ quan chủ quản: Sở Y tế Thành phố Hồ Chí Minh")}</p><p>{pg.n("Địa chỉ: " + site.address)}</p></div>
</div></div>
</form>
</body>
</html>"""


def joomla_date(when: dt.datetime) -> str:
    return DATE_LINES["joomla"](when)


def page_joomla(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """BV Lao và Bệnh phổi Bạc Liêu on Joomla 3 (vi-VN): dl.article-info with 'Ngày đăng' and (when the
    story has one) 'Cập nhật lần cuối', both as time[datetime]; 'Tin mới' module with dates. Its print view
    (tmpl=component&print=1) is the component alone with a print button."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    when = story.when
    info = [f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(when)}" '
            f'itemprop="datePublished">Ngày đăng: {esc(date_line(story))}</time></dd>']
    if "modified" in story.meta:
        mod = d(story.meta["modified"])
        info.append(f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time '
                    f'datetime="{iso(mod)}" itemprop="dateModified">{pg.n("Cập nhật lần cuối: " + joomla_date(mod))}'
                    f"</time></dd>")
    hits = 300 + int(hid(story.id), 16) % 900
    item = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>
<dl class="article-info muted">
<dt class="article-info-term">{pg.n("Chi tiết")}</dt>
<dd class="category-name">{pg.n("Chuyên mục:")} <a href="/index.php/tin-tuc" itemprop="genre">{pg.n("Tin tức")}</a></dd>
{"".join(info)}
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" />{pg.n(f"Lượt xem: {hits}")}</dd>
</dl>
<div itemprop="articleBody">
{body_html(story, pg, caption="table", lead="plain", byline="right", img_base="/images/tintuc")}
</div>
</div>"""
    if variant == "print":
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(story.title)}</title>
<link href="/templates/protostar/css/template.css?4b1e6c5a" rel="stylesheet" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> {pg.n("In")}</a></div>
{item}
</body>
</html>"""
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{attr(o.url)}" itemprop="url"><span '
                     f'itemprop="name">{pg.n(o.title)}</span></a> <span class="mod-date">{o.when:%d/%m/%Y}</span></li>'
                     for o in ot[:4])
    menu = [("Trang chủ", []), ("Giới thiệu", ["Ban Giám đốc", "Các khoa, phòng"]), ("Tin tức", []),
            ("Hướng dẫn người bệnh", []), ("Liên hệ", [])]
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{attr(url)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(story.title)}</title>
<link href="/templates/protostar/css/template.css?4b1e6c5a" rel="stylesheet" />
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="{attr(site.name)}">{pg.n(site.name.upper())}</span></a></div></header>
<nav class="navigation" role="navigation">{simple_menu(pg, menu, "nav menu nav-pills mod-list", "nav-child unstyled small")}</nav>
<div class="row-fluid">
<main id="content" role="main" class="span9">
{item}
<ul class="pager pagenav"><li class="previous"><a href="{attr(ot[-1].url)}" rel="prev">{pg.n("Trước")}</a></li><li class="next"><a href="{attr(ot[0].url)}" rel="next">{pg.n("Tiếp theo")}</a></li></ul>
</main>
<div id="aside" class="span3"><div class="well"><h3 class="page-header">{pg.n("Tin mới")}</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="well"><h3 class="page-header">{pg.n("Lượt truy cập")}</h3><p>{pg.n("Hôm nay: 96")}</p><p>{pg.n("Tất cả: 845512")}</p></div></div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p class="pull-right"><a href="#top" id="back-top">{pg.n("Về đầu trang")}</a></p></div></footer>
</body>
</html>"""


def page_wordpress(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """BVĐK Long An on WordPress. fmt wp_fjy: a theme whose posted-on link holds time.entry-date.published
    ('Tháng Ba 12, 2024') and a hidden time.updated, with Yoast meta and JSON-LD. fmt wp_long: an older
    template showing '28 Tháng Ba, 2024' and nothing machine-readable. 'Bài viết mới' widget with dates;
    comment form."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    when = story.when
    fjy = story.meta["fmt"] == "wp_fjy"
    if fjy:
        mod = d(story.meta["modified"])
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": f"{url}#article", "headline": story.title, "datePublished": iso(when),
             "dateModified": iso(mod), "mainEntityOfPage": {"@id": url}, "inLanguage": "vi",
             "author": {"name": "bientap"}, "publisher": {"@id": f"https://{site.host}/#organization"}},
            {"@type": "Organization", "@id": f"https://{site.host}/#organization", "name": site.name}]}
        head_extra = (f'<meta property="og:locale" content="vi_VN">\n<meta property="og:type" content="article">\n'
                      f'<meta property="og:title" content="{attr(story.title)}">\n'
                      f'<meta property="article:published_time" content="{iso(when)}">\n'
                      f'<meta property="article:modified_time" content="{iso(mod)}">\n'
                      f'<script type="application/ld+json" class="yoast-schema-graph">'
                      f"{json.dumps(graph, ensure_ascii=False)}</script>")
        posted = (f'<span class="posted-on">{pg.n("Đăng ngày")} <a href="{attr(url)}" rel="bookmark"><time class="entry-date '
                  f'published" datetime="{iso(when)}">{wp_fjy(when)}</time><time class="updated" datetime="{iso(mod)}">'
                  f"{pg.n(wp_fjy(mod))}</time></a></span>")
        side_date = wp_fjy
    else:
        head_extra = ""
        posted = f'<span class="posted-on"><i class="fa fa-calendar"></i> <span class="entry-date">{wp_long(when)}</span></span>'
        side_date = wp_long
    recent = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="post-date">{side_date(o.when)}</span></li>'
                     for o in ot[:4])
    menu = [("Trang chủ", []), ("Giới thiệu", ["Ban Giám đốc", "Các khoa lâm sàng"]), ("Tin tức", []),
            ("Hướng dẫn khám bệnh", []), ("Bảng giá dịch vụ", []), ("Liên hệ", [])]
    head = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(story.title)} &#8211; {esc(site.name)}</title>
{head_extra}
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<link rel="canonical" href="{attr(url)}">
<meta name="generator" content="WordPress 6.4.3">
</head>"""
    return f"""{head}
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{pg.n(site.name)}</a></p><p class="site-description">{pg.n("Vì sức khỏe cộng đồng")}</p></div>
<nav id="site-navigation" class="main-navigation">{simple_menu(pg, menu, "menu", "sub-menu")}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{int(hid(story.id), 16) % 9000}" class="post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{esc(story.title)}</h1>
<div class="entry-meta">{posted} <span class="byline">{pg.n("bởi")} <span class="author vcard"><a class="url fn n" href="/author/bientap/">{pg.n("Ban biên tập")}</a></span></span></div></header>
<div class="entry-content">
{body_html(story, pg, caption="figure", lead="plain", byline="right")}
</div>
<footer class="entry-footer"><span class="cat-links">{pg.n("Chuyên mục:")} <a href="/chuyen-muc/tin-tuc/" rel="category tag">{pg.n("Tin tức")}</a></span></footer>
</article>
{wp_comment_form(pg)}
</main></div>
<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{pg.n("Bài viết mới")}</h2><ul>{recent}</ul></section>
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">{pg.n("Tìm kiếm cho:")}</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label><input type="submit" class="search-submit" value="Tìm kiếm"></form></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone)}</p></div></footer>
</div>
</body>
</html>"""


def page_nukeviet(story: Story, stories: dict[str, Story], pg: Page, variant: str) -> str:
    """CDC Nghệ An on NukeViet 4: rss/canonical in the head, NewsArticle JSON-LD, h1.title[itemprop=headline],
    a hidden itemprop=datePublished, the shown 'Thứ năm - 14/03/2024 10:22', #news-bodyhtml, 'Tác giả',
    'Những tin mới hơn' (newer dates) and 'Những tin cũ hơn' (older)."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    when = story.when
    newer = [o for o in ot if o.when > when][-3:]
    older = [o for o in ot if o.when < when][:3]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": story.title, "datePublished": iso(when), "dateModified": iso(when),
          "author": {"@type": "Person", "name": "CDC Nghệ An"},
          "publisher": {"@type": "Organization", "name": site.name}}

    def lst(items: list[Other]) -> str:
        return "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{attr(o.url)}" title="{attr(o.title)}">'
                       f'{pg.n(o.title)}</a> <em>({o.when:%d/%m/%Y})</em></li>' for o in items)
    menu = [("Trang chủ", []), ("Giới thiệu", []), ("Tin hoạt động", []), ("Truyền thông", ["Bệnh truyền nhiễm", "Tiêm chủng"]),
            ("Văn bản", []), ("Liên hệ", [])]
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(story.title)} - {esc(site.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="NukeViet v4.5">
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(story.title)}">
<link rel="canonical" href="{attr(url)}">
<link rel="alternate" type="application/rss+xml" title="Tin hoạt động" href="/rss/tin-hoat-dong/">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="StyleSheet" href="/themes/default/css/news.css">
</head>
<body>
<div class="body-bg"><div class="wraper">
<header><div class="logo"><a title="{attr(site.name)}" href="/"><img src="/uploads/logo.png" alt=""></a><span class="site_name">{pg.n(site.name.upper())}</span></div></header>
<nav class="second-nav" id="menusite">{simple_menu(pg, menu, "nav navbar-nav", "dropdown-menu")}</nav>
<section><div class="container" id="body">
<div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li><a href="/">{pg.n("Trang nhất")}</a></li><li><a href="/tin-hoat-dong/">{pg.n("Tin hoạt động")}</a></li></ul></div>
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="hidden hide d-none" itemprop="datePublished">{iso(when)}</div>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{esc(date_line(story))}</span></div></div>
<div class="clearfix"></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(story, pg, caption="figure", lead="plain", byline="right", img_base="/uploads/news")}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>{pg.n("Tác giả:")} </strong>{pg.n("CDC Nghệ An")}</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>{pg.n("Những tin mới hơn")}</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">{lst(newer)}</ul></div>
<p class="h3"><strong>{pg.n("Những tin cũ hơn")}</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">{lst(older)}</ul></div>
</div></div>
</div></section>
<footer id="footer"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone)}</p></footer>
</div></div>
</body>
</html>"""


THEMES = {
    "haiphong": page_vendor_a, "quangtri": page_vendor_b, "cdcht": page_vendor_b, "langson": page_vendor_b,
    "hagiang": page_vendor_b, "nghean": page_vendor_b, "vinhlong": page_vendor_b, "chogao": page_liferay62,
    "laothainguyen": page_liferay7, "medinet": page_sharepoint, "laobl": page_joomla, "bvdkla": page_wordpress,
    "bvdkla2": page_wordpress, "cdcna": page_nukeviet,
}
PLATFORMS = {
    "haiphong": "local-vendor portal A", "quangtri": "local-vendor portal B", "cdcht": "local-vendor portal B",
    "langson": "local-vendor portal B", "hagiang": "local-vendor portal B", "nghean": "local-vendor portal B",
    "vinhlong": "local-vendor portal B", "chogao": "Liferay 6.2", "laothainguyen": "Liferay 7 / VNPT",
    "medinet": "SharePoint", "laobl": "Joomla 3", "bvdkla": "WordPress", "bvdkla2": "WordPress", "cdcna": "NukeViet 4",
}

# --------------------------------------------------------------------------- checks


def date_forms(value: str) -> list[str]:
    day = dt.date.fromisoformat(value[:10])
    m = WP_MONTHS[day.month - 1]
    return [f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", value[:10],
            f"{day.day} Tháng {m}, {day.year}", f"Tháng {m} {day.day}, {day.year}",
            f"{day.day} tháng {day.month} năm {day.year}", f"{day.day} tháng {day.month:02d} năm {day.year}",
            f"{day:%d} Tháng {day.month} {day.year}"]


def time_forms(value: str) -> list[str]:
    when = dt.datetime.fromisoformat(value)
    return [value, f"{when:%H:%M}", ampm(when), ampm(when, pad=False)]


def check_page(entry: dict, markup: str, problems: list[str]) -> None:
    """heldout_families' checks, with date forms it does not know ('19 tháng 12 năm 2022', '09 Tháng 8 2023',
    '04:04 PM')."""
    found: list[str] = []
    check_article(entry, markup, entry["family"], found)
    for p in found:
        if "the page gives no" not in p:
            problems.append(p)
    value = entry["published"]
    if value:
        if not any(f in markup or f in entry["url"] for f in date_forms(value)):
            problems.append(f"{entry['id']}: the page gives no {value[:10]}")
        if len(value) > 10 and not any(f in markup for f in time_forms(value)):
            problems.append(f"{entry['id']}: the page gives no time of {value}")


def check_datevariety(entry: dict, story: Story, markup: str, problems: list[str]) -> None:
    """The shown date line is on the page, and every page shows other dates too (sidebars)."""
    pid, text = entry["id"], visible_text(markup)
    line = squash(date_line(story))
    if line not in text:
        problems.append(f"{pid}: date line not shown: {line!r}")
    others_shown = re.findall(r"\b\d{2}/\d{2}/\d{4}\b|\d{1,2} Tháng [^\s,]+(?: [^\s,]+)?, \d{4}|Tháng [^\s,]+ \d{1,2}, \d{4}",
                              text.replace(line, " "))
    if not others_shown:
        problems.append(f"{pid}: no other date on the page (sidebar dates expected)")
    if story.meta.get("sidebar_first") == "yes" and (
            not others_shown or text.find(squash(story.title)) < text.find(others_shown[0])):
        problems.append(f"{pid}: sidebar dates should come before the article in the DOM, they do not")


def check_sitecopies(entries: list[dict], stories: dict[str, Story], problems: list[str]) -> None:
    by_story: dict[str, list[dict]] = {}
    for e in entries:
        by_story.setdefault(e["story"], []).append(e)
    for sid, group in by_story.items():
        if len({SITES[stories[e["id"].split("~")[0]].site].host for e in group}) != 1:
            problems.append(f"{sid}: pages of one story on two sites")
    twins = [stories[t["id"]] for t in TWINS]
    a, b = (set(s.body.split("\n")) for s in twins)
    if a & b:
        problems.append("twins share a whole line: " + repr(sorted(a & b)[0][:60]))
    if len({stories[t["id"]].body for t in TWINS}) != 2:
        problems.append("twins are equal")
    orig, repost = stories["sc-05"].body.split("\n"), stories["sc-06"].body.split("\n")
    if len(orig) != len(repost) or sum(x != y for x, y in zip(orig, repost)) != 1:
        problems.append("the re-post should differ from the original in exactly one line")
    for e in entries:
        if e["variant"] == "print" and "tmpl=component" not in e["url"]:  # Joomla's print view adds nothing
            for s in ("URL của bản tin này:",):
                if not any(s in b for b in e["must_not_contain"]):
                    problems.append(f"{e['id']}: print view without {s!r}")


# --------------------------------------------------------------------------- building


def all_stories() -> dict[str, Story]:
    source = STORIES + "".join(TWIN_TEMPLATE.format(**t) for t in TWINS)
    return parse_stories(source)


def entry_for(story: Story, family: str, variant: str, pg: Page, rel: str, pid: str) -> dict:
    site = SITES[story.site]
    entry = {
        "id": pid, "family": family, "held_out": True, "kind": "article", "file": rel,
        "url": story_url(story, variant), "content_type": "text/html; charset=utf-8", "site": site.name,
        "title": story.title, "published": story.iso, "body": story.body, "must_contain": segments(story),
        "must_not_contain": pg.boiler,
    }
    notes = [story.meta[k] for k in ("notes", "tricky") if k in story.meta]
    notes.insert(0, f"platform: {PLATFORMS[story.site]}; date shown: {date_line(story)!r}")
    if variant == "print":
        notes.append(f"print view of {story.id}")
    entry["notes"] = "; ".join(notes)
    return entry


def build() -> tuple[dict[str, dict], dict[str, bytes], list[str]]:
    stories = all_stories()
    families = {f: {"family": {"name": FAMILY_META[f], "held_out": True, "about": FAMILY_ABOUT[f]}, "pages": []}
                for f in FAMILY_META}
    files: dict[str, bytes] = {}
    problems: list[str] = []
    dv = [s for s in stories.values() if s.id.startswith("dv-")]
    for story in dv:
        pg = Page(story.body)
        markup = nfc(THEMES[story.site](story, {k: v for k, v in stories.items() if k.startswith("dv-")}, pg,
                                        "article"))
        rel = f"datevariety/{story.id}.html"
        files[rel] = markup.encode("utf-8")
        entry = entry_for(story, "datevariety", "article", pg, rel, story.id)
        check_page(entry, markup, problems)
        check_datevariety(entry, story, markup, problems)
        families["datevariety"]["pages"].append(entry)
    sc_entries = []
    sc_stories = {k: v for k, v in stories.items() if k.startswith("sc-")}
    for sid, variant in SC_PAGES:
        story = stories[sid]
        pg = Page(story.body)
        markup = nfc(THEMES[story.site](story, sc_stories, pg, variant))
        pid = sid if variant == "article" else f"{sid}p"
        rel = f"sitecopies/{pid}.html"
        files[rel] = markup.encode("utf-8")
        entry = entry_for(story, "sitecopies", variant, pg, rel, pid)
        entry["story"] = story.meta["story"]
        check_page(entry, markup, problems)
        families["sitecopies"]["pages"].append(entry)
        sc_entries.append(entry | {"variant": variant, "id": sid})
    check_sitecopies(sc_entries, stories, problems)
    for family, data in families.items():
        pages = data["pages"]
        if family == "datevariety" and (len(pages) < 12 or len({p["site"] for p in pages}) < 4):
            problems.append(f"{family}: fewer than 12 pages or 4 publishers")
        if family == "sitecopies" and len(pages) < 9:
            problems.append(f"{family}: fewer than 9 pages")
        data["family"]["publishers"] = sorted({p["site"] for p in pages})
    all_pages = [p for data in families.values() for p in data["pages"]]
    if len({p["url"] for p in all_pages}) != len(all_pages):
        problems.append("two pages share a URL")
    dv_titles = [p["title"] for p in families["datevariety"]["pages"]]
    if len(set(dv_titles)) != len(dv_titles):
        problems.append("two datevariety articles share a title")
    formats = {s.meta["fmt"] for s in dv}
    if len(formats) != len(dv):
        problems.append("two datevariety pages share a date format")
    return families, files, problems


def main() -> int:
    families, files, problems = build()
    if problems:
        print("heldout_dates_copies.py: nothing written:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    for family in families:
        target = CORPUS / family
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
    for rel, raw in files.items():
        (CORPUS / rel).write_bytes(raw)
    for family, data in families.items():
        (CORPUS / family / "family.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    counts = ", ".join(f"{f} {len(d['pages'])}" for f, d in families.items())
    print(f"wrote {len(files)} pages under {CORPUS}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
