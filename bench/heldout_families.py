"""Held-out extraction families of issue 15: builds `bench/corpus/<family>/` for five families.

    python bench/heldout_families.py

writes, deterministically, `bench/corpus/{elementor,flatsome,unittitle,nodate,lookalikes}/`
(the pages and one `family.json` each, merged into the corpus index by
`bench/extraction.py`'s `load_index()`), and nothing else. It refuses to write
anything when a check fails: a reference segment that is not on its page, a
boilerplate string that is not on the page or that also occurs in the reference
body, a title or date that the page does not give, a family with fewer than nine
pages or three publishers.

The families (all held out: score them, do not tune on them):

- `elementor`: WordPress + Elementor (Pro) hospitals and district health centres.
  The article sits in Elementor containers whose classes carry chrome words
  (`elementor-widget-theme-post-content`, `elementor-location-single`, a section
  `content-with-sidebar-wrp`, a column `l-sidebar-fixed l-article-body-segment`),
  the headline in `.elementor-heading-title`, the date in a `.elementor-post-info` list.
- `flatsome`: WordPress + Flatsome (UX Builder) CDC and district health centre sites:
  `.article-inner`, `.entry-header-text`, `.entry-divider`, `.entry-content.single-page`,
  `#secondary.widget-area`, `.is-divider`, `.badge` date boxes (day and month, no year).
- `unittitle`: sites whose `<title>` is "Unit - Headline" or "Headline | Unit", whose logo
  is an `<h1>` holding the unit's name (on every page), the headline in an h2, h3 or div.
- `nodate`: article pages that show no date at all. See NODATE_ABOUT for the reference rule.
- `lookalikes`: pages that are not articles but look like one (work schedule, Q&A list,
  attachment-only page, listing with whole intros, soft 404, org structure, an empty
  SharePoint shell, an introduction page, a mail-a-friend form). Their entries carry
  `"kind": "listing"` or `"other"`; only their kind is scored.

Publishers, domains and people are used for realism; the markup imitates each platform's
real themes but is written here, not captured, and the domains were not checked live.
Five stories are adapted from /work/shared/seeds/ (real articles): their leaks (comment
form, language switch, share bar) are page furniture here and `must_not_contain` strings.
All other stories were written for this corpus.

Story markup (STORIES below): a block starts with `=== <id>`, then `key: value` lines
(site, title, date: `YYYY-MM-DD HH:MM`, `YYYY-MM-DD` or `none`), a blank line, then
paragraphs separated by blank lines. Paragraph prefixes: `> ` lead, `! ` photo caption,
`~ ` closing byline (its lines are kept), `@ ` a paragraph that starts with a link
`[text](href)`, `# ` an attachment line `label [file](href)`, `% ` a photo gallery
(images only, no text: not in the reference). Captions, bylines, link paragraphs and
attachment lines belong to the article and are in its reference body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"

FAMILY_META = {
    "elementor": "WordPress + Elementor (hospitals, district health centres)",
    "flatsome": "WordPress + Flatsome / UX Builder (CDC, district health centres)",
    "unittitle": "Unit name in <title> and in an <h1> logo; headline in h2/h3/div",
    "nodate": "Article pages without a visible date",
    "lookalikes": "Not articles, though they look like one",
}

NODATE_ABOUT = (
    "Reference 'published' on pages that show no date: the page's own machine-readable date when it has "
    "one (meta article:published_time, JSON-LD datePublished, itemprop datePublished, time[datetime]) with "
    "its time; otherwise the day of a date-structured URL path (/YYYY/MM/DD/, WordPress permalinks made from "
    "the post date), as 'YYYY-MM-DD'; otherwise null. Dates in the article text ('Chiều ngày 19/12', 'ngày "
    "8/7') are event dates, not the publication date, and dates shown next to other articles' titles "
    "(sidebars, related lists) are not this page's: a page with neither metadata nor a dated URL has "
    "published = null, and an extractor is right only when it gives no date."
)

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
WP_MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", nfc(text or "")).strip()


def slugify(text: str) -> str:
    """ASCII slug as Vietnamese CMSes make it: diacritics dropped, đ -> d."""
    value = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    value = "".join(c for c in value if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


# --------------------------------------------------------------------------- stories

LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


@dataclass
class Para:
    kind: str  # p | lead | caption | byline | linkp | attach | gallery
    text: str  # the reference text (links reduced to their text); "" for a gallery
    raw: str  # the line as written (with [text](href) links)


@dataclass
class Story:
    id: str
    site: str
    title: str
    date: str | None  # "YYYY-MM-DD HH:MM" | "YYYY-MM-DD" | None
    paras: list[Para]
    meta: dict = field(default_factory=dict)

    @property
    def when(self) -> dt.datetime | None:
        if not self.date:
            return None
        if len(self.date) > 10:
            return dt.datetime.strptime(self.date, "%Y-%m-%d %H:%M")
        return dt.datetime.strptime(self.date, "%Y-%m-%d")

    @property
    def has_time(self) -> bool:
        return bool(self.date and len(self.date) > 10)

    @property
    def iso(self) -> str | None:
        if not self.date:
            return None
        when = self.when
        return f"{when:%Y-%m-%dT%H:%M:00}+07:00" if self.has_time else f"{when:%Y-%m-%d}"

    @property
    def body(self) -> str:
        return "\n".join(line for p in self.paras if p.kind != "gallery" for line in p.text.split("\n"))

    @property
    def text_paras(self) -> list[Para]:
        return [p for p in self.paras if p.kind in ("p", "lead", "linkp")]

    def excerpt(self, words: int = 30) -> str:
        first = self.text_paras[0].text.split()
        return " ".join(first[:words]) + ("…" if len(first) > words else "")


PREFIXES = {"> ": "lead", "! ": "caption", "~ ": "byline", "@ ": "linkp", "# ": "attach", "% ": "gallery"}


def parse_stories(source: str) -> dict[str, Story]:
    stories: dict[str, Story] = {}
    for block in re.split(r"^=== ", nfc(source), flags=re.M)[1:]:
        head, _, rest = block.partition("\n\n")
        lines = head.split("\n")
        sid = lines[0].strip()
        meta = dict(line.split(": ", 1) for line in lines[1:] if line.strip())
        paras = []
        for chunk in (c.strip() for c in rest.split("\n\n")):
            if not chunk:
                continue
            kind = "p"
            for prefix, name in PREFIXES.items():
                if chunk.startswith(prefix):
                    kind, chunk = name, chunk[len(prefix):]
                    break
            chunk = "\n".join(line.strip() for line in chunk.split("\n")) if kind == "byline" else " ".join(
                chunk.split())
            text = "" if kind == "gallery" else LINK.sub(lambda m: m.group(1), chunk)
            paras.append(Para(kind, text, chunk))
        date = meta.pop("date")
        stories[sid] = Story(sid, meta.pop("site"), meta.pop("title"), None if date == "none" else date, paras, meta)
    return stories


def inline(raw: str) -> str:
    """A paragraph's HTML: [text](href) links become anchors, the rest is escaped."""
    out, pos = [], 0
    for m in LINK.finditer(raw):
        out.append(esc(raw[pos:m.start()]))
        out.append(f'<a href="{attr(m.group(2))}">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(raw[pos:]))
    return "".join(out)


# --------------------------------------------------------------------------- a page under construction


class Page:
    """One page being written: `n(text)` is page furniture (recorded as a
    must_not_contain string), `t(text)` is text that is not recorded."""

    def __init__(self, body: str = "") -> None:
        self.boiler: list[str] = []
        self.body = squash(body)

    def n(self, text: str) -> str:
        """Furniture: recorded unless the article itself contains it (a menu item 'Văn bản' on a page whose
        text says 'Văn bản đính kèm' cannot tell a leak from the article)."""
        text = nfc(text)
        if text.strip() and text not in self.boiler and squash(text) not in self.body:
            self.boiler.append(text)
        return esc(text)

    @staticmethod
    def t(text: str) -> str:
        return esc(nfc(text))


# --------------------------------------------------------------------------- dates as the themes show them


def dmy(when: dt.datetime) -> str:
    return f"{when:%d/%m/%Y}"


def hm(when: dt.datetime) -> str:
    return f"{when:%H:%M}"


def vi_ampm(when: dt.datetime) -> str:
    """WordPress vi time format 'g:i a': '3:20 chiều'."""
    h = when.hour % 12 or 12
    return f"{h}:{when:%M} {'sáng' if when.hour < 12 else 'chiều'}"


def wp_long(when: dt.datetime) -> str:
    """WordPress vi 'j F, Y': '12 Tháng Ba, 2024'."""
    return f"{when.day} Tháng {WP_MONTHS[when.month - 1]}, {when.year}"


def wp_fjy(when: dt.datetime) -> str:
    """WordPress vi default 'F j, Y': 'Tháng Bảy 23, 2024'."""
    return f"Tháng {WP_MONTHS[when.month - 1]} {when.day}, {when.year}"


def weekday(when: dt.datetime) -> str:
    return WEEKDAYS[when.weekday()]


def month_abbr(when: dt.datetime) -> str:
    return f"Th{when.month}"


def d(value: str) -> dt.datetime:
    """A date or date-time given in a site's furniture (sidebars, related lists)."""
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M" if " " in value else "%Y-%m-%d")


# --------------------------------------------------------------------------- the stories

STORIES = r"""
=== el-01
site: cangiuoc
title: Cần Giuộc ghi nhận 46 ca sốt xuất huyết, tăng gấp đôi so với cùng kỳ
date: 2024-07-09 08:40

> Từ đầu năm đến ngày 7/7/2024, toàn huyện Cần Giuộc ghi nhận 46 ca mắc sốt xuất huyết, tăng 24 ca so với cùng kỳ năm 2023, chưa có trường hợp tử vong. Các ca bệnh tập trung tại xã Phước Lý, Long Thượng và thị trấn Cần Giuộc.

Theo Khoa Kiểm soát bệnh tật - HIV/AIDS của Trung tâm Y tế huyện, thời tiết mưa nắng xen kẽ cùng nhiều dụng cụ chứa nước không đậy kín quanh nhà là điều kiện thuận lợi cho muỗi vằn sinh sản. Kết quả giám sát tháng 6 cho thấy chỉ số nhà có lăng quăng tại ba xã trọng điểm đều vượt ngưỡng nguy cơ.

! Ảnh: Nhân viên y tế xã Phước Lý hướng dẫn người dân thu dọn dụng cụ chứa nước đọng

Ngay khi phát hiện ổ dịch, Trung tâm Y tế đã phối hợp trạm y tế xã xử lý ổ dịch theo quy định, phun hóa chất diệt muỗi trong bán kính 200 mét quanh nhà bệnh nhân và vận động các hộ gia đình tham gia chiến dịch diệt lăng quăng.

Trong tháng 7, Trung tâm tiếp tục triển khai các đợt ra quân vệ sinh môi trường tại 15 xã, thị trấn, tăng cường giám sát ca bệnh tại các cơ sở khám, chữa bệnh tư nhân và tuyên truyền trên hệ thống loa truyền thanh.

Người dân khi có biểu hiện sốt cao đột ngột, đau đầu, đau nhức cơ, xuất hiện chấm xuất huyết dưới da cần đến ngay cơ sở y tế để được khám và theo dõi, tuyệt đối không tự ý truyền dịch tại nhà.

~ Minh Tâm - Khoa KSBT-HIV/AIDS

=== el-02
site: cangiuoc
title: Khám sàng lọc bệnh lý tuyến giáp miễn phí cho 300 phụ nữ nhân ngày 8/3
date: 2024-03-08 15:20

Nhân kỷ niệm 114 năm Ngày Quốc tế Phụ nữ 8/3, Công đoàn cơ sở Trung tâm Y tế huyện Cần Giuộc phối hợp Hội Liên hiệp Phụ nữ huyện tổ chức khám sàng lọc bệnh lý tuyến giáp miễn phí cho 300 phụ nữ trên địa bàn.

Các chị em được bác sĩ khám lâm sàng, siêu âm tuyến giáp và tư vấn chế độ dinh dưỡng. Qua sàng lọc, có 41 trường hợp phát hiện nhân giáp, trong đó 6 trường hợp có nhân kích thước lớn được hướng dẫn chọc hút tế bào bằng kim nhỏ để chẩn đoán.

! Ảnh: Bác sĩ siêu âm tuyến giáp cho phụ nữ tại hội trường Trung tâm Y tế

Theo bác sĩ chuyên khoa I Nguyễn Thị Hồng Vân, Trưởng khoa Khám bệnh, bệnh lý tuyến giáp thường gặp ở nữ nhiều hơn nam, giai đoạn đầu hầu như không có triệu chứng nên dễ bị bỏ qua. Phụ nữ trên 35 tuổi nên siêu âm tuyến giáp định kỳ mỗi năm một lần.

Dịp này, Trung tâm cũng trao 50 phần quà cho nữ viên chức, người lao động có hoàn cảnh khó khăn.

~ Thu Hà

=== el-03
site: cangiuoc
title: Thông báo tạm ngừng tiêm chủng dịch vụ trong dịp nghỉ lễ 30/4 và 1/5
date: 2024-04-25 10:05
tricky: short announcement with a scanned attachment

Trung tâm Y tế huyện Cần Giuộc thông báo: Phòng tiêm chủng dịch vụ của Trung tâm tạm ngừng hoạt động từ ngày 27/4/2024 đến hết ngày 1/5/2024 để thực hiện chế độ nghỉ lễ theo quy định.

Phòng tiêm hoạt động trở lại từ 7 giờ ngày 2/5/2024. Trường hợp cần tiêm phòng dại, huyết thanh kháng uốn ván sau phơi nhiễm, người dân vui lòng liên hệ Khoa Cấp cứu của Trung tâm để được hướng dẫn.

Trung tâm Y tế huyện Cần Giuộc trân trọng thông báo.

# Văn bản đính kèm: [Thông báo số 86/TB-TTYT (bản scan)](https://ttytcangiuoc.vn/wp-content/uploads/2024/04/86-TB-TTYT.pdf)

=== el-04
site: ndchieu
title: Can thiệp mạch vành cấp cứu cứu sống bệnh nhân nhồi máu cơ tim lúc nửa đêm
date: 2024-03-12

Khoảng 23 giờ ngày 9/3, Khoa Cấp cứu Bệnh viện Nguyễn Đình Chiểu tiếp nhận ông L.V.T. (61 tuổi, ngụ huyện Giồng Trôm) trong tình trạng đau ngực dữ dội, vã mồ hôi, huyết áp tụt. Điện tâm đồ cho thấy nhồi máu cơ tim cấp thành dưới.

Bệnh viện lập tức kích hoạt quy trình báo động đỏ. Chỉ 45 phút sau khi nhập viện, bệnh nhân được chuyển lên phòng can thiệp tim mạch. Kết quả chụp mạch cho thấy động mạch vành phải tắc hoàn toàn; ê-kíp đã hút huyết khối và đặt một stent, tái thông dòng chảy.

! Ảnh: Ê-kíp Đơn vị Can thiệp tim mạch thực hiện thủ thuật cho bệnh nhân

Sau can thiệp, bệnh nhân hết đau ngực, huyết áp ổn định và được theo dõi tại Đơn vị Hồi sức tim mạch. Hiện ông đã tỉnh táo, ăn uống được và dự kiến xuất viện trong tuần tới.

Theo bác sĩ chuyên khoa II Trần Văn Phúc, Trưởng khoa Tim mạch can thiệp, thời gian vàng cho bệnh nhân nhồi máu cơ tim là trong 12 giờ đầu, càng sớm càng tốt. Người có yếu tố nguy cơ như tăng huyết áp, đái tháo đường, hút thuốc lá khi đau thắt ngực kéo dài trên 20 phút cần đến ngay bệnh viện.

~ Phòng Công tác xã hội

=== el-05
site: ndchieu
title: Bệnh viện triển khai thanh toán viện phí không dùng tiền mặt tại tất cả quầy thu
date: 2024-08-20

Từ ngày 15/8/2024, Bệnh viện Nguyễn Đình Chiểu chính thức triển khai thanh toán viện phí không dùng tiền mặt tại tất cả 12 quầy thu ở khu khám bệnh và các khoa lâm sàng. Người bệnh có thể quét mã QR bằng ứng dụng ngân hàng hoặc ví điện tử, hoặc thanh toán bằng thẻ.

Trước đó, Bệnh viện đã phối hợp với hai ngân hàng thương mại lắp đặt máy POS, kết nối phần mềm quản lý bệnh viện để mỗi hóa đơn có một mã QR riêng, số tiền được điền sẵn, hạn chế sai sót khi chuyển khoản.

! Ảnh: Người nhà bệnh nhân quét mã QR thanh toán tại quầy thu khu khám bệnh

Sau gần một tuần áp dụng, gần 40% lượt thanh toán đã được thực hiện không dùng tiền mặt. Thời gian chờ tại quầy thu giảm rõ rệt, nhất là vào buổi sáng đầu tuần.

Bệnh viện vẫn duy trì quầy thu tiền mặt cho người cao tuổi và người bệnh chưa quen sử dụng điện thoại thông minh. Nhân viên công tác xã hội được bố trí tại sảnh để hướng dẫn người bệnh cài đặt và sử dụng ứng dụng.

~ Ngọc Hân

=== el-06
site: ndchieu
title: Hội nghị viên chức, người lao động Bệnh viện Nguyễn Đình Chiểu năm 2024
date: none
tricky: no date anywhere, long body (category template without a date)

Sáng ngày 26/1, Bệnh viện Nguyễn Đình Chiểu tổ chức Hội nghị viên chức, người lao động năm 2024. Dự hội nghị có đại diện lãnh đạo Sở Y tế, Công đoàn ngành Y tế cùng 250 đại biểu đại diện cho hơn 1.100 viên chức, người lao động của Bệnh viện.

Báo cáo tại hội nghị cho biết, năm 2023 Bệnh viện đã khám cho hơn 520.000 lượt người, điều trị nội trú trên 61.000 lượt, thực hiện hơn 14.000 ca phẫu thuật; công suất sử dụng giường bệnh đạt 108%. Nhiều kỹ thuật mới được triển khai như can thiệp mạch não lấy huyết khối, phẫu thuật nội soi cắt thùy phổi, lọc máu liên tục cho bệnh nhân nặng.

Công tác chuyển đổi số được đẩy mạnh: Bệnh viện hoàn thành bệnh án điện tử tại các khoa nội trú, kết nối liên thông dữ liệu khám chữa bệnh bảo hiểm y tế và triển khai đặt lịch khám qua tổng đài, ứng dụng di động. Tỷ lệ hài lòng của người bệnh nội trú đạt 96,4%, ngoại trú đạt 93,8%.

! Ảnh: Quang cảnh Hội nghị viên chức, người lao động năm 2024

Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra những khó khăn như tình trạng quá tải ở một số khoa, thiếu bác sĩ chuyên khoa sâu, thu nhập tăng thêm của viên chức còn thấp so với khối lượng công việc. Các ý kiến thảo luận tập trung vào việc sửa đổi quy chế chi tiêu nội bộ, bố trí thêm chỗ nghỉ cho người nhà bệnh nhân và cải thiện môi trường làm việc cho điều dưỡng.

Năm 2024, Bệnh viện đặt mục tiêu phát triển thêm 15 kỹ thuật mới, giảm thời gian chờ khám trung bình xuống dưới 2 giờ, tiếp tục mở rộng hợp tác với các bệnh viện tuyến trung ương trong đào tạo và chuyển giao kỹ thuật.

Phát biểu chỉ đạo, đại diện lãnh đạo Sở Y tế ghi nhận những nỗ lực của tập thể Bệnh viện trong năm qua, đề nghị Bệnh viện tiếp tục nâng cao chất lượng khám chữa bệnh, chú trọng đào tạo nguồn nhân lực và thực hiện tốt quy tắc ứng xử của nhân viên y tế.

Hội nghị đã biểu quyết thông qua quy chế dân chủ, quy chế chi tiêu nội bộ sửa đổi và ký kết giao ước thi đua năm 2024 giữa Giám đốc Bệnh viện và Chủ tịch Công đoàn cơ sở. Dịp này, 18 tập thể và 65 cá nhân được khen thưởng vì có thành tích xuất sắc trong năm 2023.

~ Phòng Công tác xã hội

=== el-07
site: sannhicm
title: Hồi sức thành công bé sinh non 26 tuần tuổi nặng 800 gram
date: 2024-06-05 09:30

Sau 68 ngày điều trị tại Khoa Hồi sức tích cực sơ sinh, bé gái con sản phụ T.T.M. (28 tuổi, ngụ huyện Trần Văn Thời) chào đời ở tuần thai thứ 26 với cân nặng chỉ 800 gram đã được xuất viện trong niềm vui của gia đình.

Bé sinh ra trong tình trạng suy hô hấp nặng, phổi chưa trưởng thành, phải thở máy và bơm thuốc làm trưởng thành phổi ngay trong giờ đầu sau sinh. Trong quá trình điều trị, bé nhiều lần bị nhiễm khuẩn huyết, vàng da và thiếu máu phải truyền máu.

! Ảnh: Điều dưỡng chăm sóc bé trong lồng ấp tại Khoa Hồi sức tích cực sơ sinh

Nhờ sự phối hợp chặt chẽ giữa bác sĩ, điều dưỡng và sự kiên trì của gia đình, bé dần cai được máy thở, chuyển sang thở oxy rồi tự thở, bú mẹ hoàn toàn. Khi xuất viện, bé nặng 2,1 kg, các chỉ số sức khỏe ổn định.

Bác sĩ chuyên khoa I Lê Hoàng Phong, Trưởng khoa Hồi sức tích cực sơ sinh, cho biết mỗi năm Khoa tiếp nhận hơn 300 trẻ sinh non, trong đó nhiều trẻ dưới 1.000 gram. Phương pháp chăm sóc bà mẹ Kangaroo và nuôi con bằng sữa mẹ đã góp phần quan trọng nâng tỷ lệ cứu sống trẻ sinh non tại Bệnh viện.

~ Khánh Linh

=== el-08
site: sannhicm
title: Tập huấn chăm sóc trẻ sơ sinh bằng phương pháp Kangaroo cho y tế tuyến huyện
date: 2023-11-15 16:10

Từ ngày 13 đến 15/11/2023, Bệnh viện Sản - Nhi tỉnh Cà Mau tổ chức lớp tập huấn chăm sóc trẻ sơ sinh bằng phương pháp Kangaroo cho 40 bác sĩ, hộ sinh và điều dưỡng đang công tác tại khoa sản, khoa nhi của các trung tâm y tế huyện trong tỉnh.

Học viên được cập nhật kiến thức về chăm sóc thiết yếu bà mẹ, trẻ sơ sinh trong và ngay sau đẻ, kỹ thuật da kề da, hỗ trợ bà mẹ cho trẻ bú sớm, theo dõi thân nhiệt và nhận biết dấu hiệu nguy hiểm ở trẻ nhẹ cân.

! Ảnh: Học viên thực hành đặt trẻ nằm theo tư thế Kangaroo trên mô hình

Ngoài phần lý thuyết, học viên được thực hành trực tiếp tại Đơn vị Kangaroo của Bệnh viện, nơi mỗi tháng chăm sóc khoảng 60 trẻ sinh non, nhẹ cân cùng với mẹ.

Kết thúc khóa học, 100% học viên đạt yêu cầu. Bệnh viện sẽ tiếp tục cử bác sĩ xuống hỗ trợ chuyên môn để các trung tâm y tế huyện thành lập góc Kangaroo, giảm số trẻ phải chuyển lên tuyến tỉnh.

~ Phòng Chỉ đạo tuyến

=== el-09
site: sannhicm
title: Tăng cường phòng chống bệnh tay chân miệng trong mùa tựu trường
date: 2024-08-28 14:45
tricky: two body paragraphs start with link text to other articles

Từ đầu tháng 8/2024, Khoa Nhi tổng hợp của Bệnh viện Sản - Nhi tỉnh Cà Mau tiếp nhận trung bình 15 đến 20 trẻ mắc tay chân miệng mỗi ngày, tăng gần gấp đôi so với tháng trước. Phần lớn là trẻ dưới 5 tuổi, trong đó có 7 trường hợp biến chứng độ 2b phải điều trị tích cực.

Bệnh tay chân miệng lây qua đường tiêu hóa và tiếp xúc trực tiếp với dịch tiết từ mũi, họng, nước bọt, dịch bọng nước của người bệnh. Thời điểm trẻ tựu trường, tập trung đông tại nhà trẻ, mẫu giáo là giai đoạn bệnh dễ lây lan.

@ [Hướng dẫn chăm sóc trẻ mắc tay chân miệng tại nhà](https://bvsannhicamau.vn/huong-dan-cham-soc-tre-mac-tay-chan-mieng-tai-nha/) được Bệnh viện đăng tải từ năm trước vẫn còn nguyên giá trị: phụ huynh cần cho trẻ ăn thức ăn mềm, nguội, uống đủ nước, vệ sinh răng miệng và theo dõi sát nhiệt độ.

@ [Các dấu hiệu chuyển độ của bệnh tay chân miệng](https://bvsannhicamau.vn/cac-dau-hieu-chuyen-do-cua-benh-tay-chan-mieng/) cũng được các bác sĩ nhắc lại: trẻ sốt cao trên 39 độ khó hạ, giật mình chới với, nôn nhiều, đi loạng choạng, ngủ gà cần được đưa ngay đến bệnh viện.

! Ảnh: Bác sĩ Khoa Nhi tổng hợp khám cho trẻ mắc tay chân miệng

Bệnh viện khuyến cáo các trường mầm non thường xuyên lau rửa đồ chơi, sàn nhà bằng xà phòng hoặc dung dịch khử khuẩn, hướng dẫn trẻ rửa tay đúng cách và cho trẻ nghỉ học ít nhất 10 ngày khi mắc bệnh.

~ Khoa Nhi tổng hợp

=== fs-01
site: cdcbl
title: Đảng bộ Trung tâm Kiểm soát bệnh tật sơ kết công tác 6 tháng đầu năm 2024
date: 2024-07-12 16:05
seed: 001 (its comment form is furniture here)

! Đồng chí Võ Thanh Nhơn, Bí thư Đảng ủy TTKSBT, phát biểu.

Trong 6 tháng đầu năm 2024, Đảng ủy Trung tâm đã làm tốt công tác giáo dục, chính trị, tư tưởng cho cán bộ, đảng viên. Chỉ đạo tập trung tuyên truyền, phổ biến, giáo dục tới toàn thể cán bộ, đảng viên các chủ trương, chính sách của Đảng, Nhà nước, của tỉnh và của ngành y tế. Triển khai kịp thời việc học tập, quán triệt các nghị quyết, chỉ thị, kết luận của đảng ủy cấp trên, nhất là học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

Công tác lãnh đạo các đoàn thể được cấp ủy quan tâm, chỉ đạo bám sát nghị quyết của Đảng, nhiệm vụ chính trị của đơn vị, phát huy được vai trò của đoàn viên trong việc tham gia thực hiện nhiệm vụ chính trị của đơn vị và các hoạt động an sinh xã hội. Đội ngũ cán bộ viên chức luôn nêu cao tinh thần đoàn kết, nỗ lực phấn đấu trong công việc, tích cực đóng góp ý kiến cho hoạt động của đơn vị.

Hiện tại, Đảng bộ có 55 đảng viên, kết nạp mới 01 đảng viên và có 03 cảm tình đảng đang làm hồ sơ phát triển.

! Quang cảnh hội nghị

Ngoài ra, công tác chuyên môn trong phòng, chống dịch bệnh luôn được duy trì và thực hiện tốt như: Dịch bệnh sốt xuất huyết, tay chân miệng. Tổ chức tiêm chủng thường xuyên hằng tháng tại 100% xã, phường, thị trấn trong toàn tỉnh. Hướng dẫn triển khai hoạt động phòng chống bệnh không lây nhiễm khác tại các xã, phường, thị trấn trên địa bàn tỉnh. Công tác phòng, chống HIV/AIDS luôn được triển khai thực hiện tốt…

Tại Hội nghị, đại diện các chi bộ trình bày các chuyên đề tham luận nhằm đổi kinh nghiệm thực tiễn trong công tác xây dựng Đảng, đẩy mạnh công tác tuyên truyền, góp phần xây dựng tổ chức Đảng trong sạch – vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức như: Lãnh đạo xây dựng chi bộ trong sạch vững mạnh, hoàn thành xuất sắc nhiệm vụ; Nêu cao tinh thần trách nhiệm của đảng viên, cán bộ, viên chức Trung tâm trong thực hiện nhiệm vụ theo tư tưởng Hồ Chí Minh; Giải pháp nâng cao trình độ lý luận chính trị, chuyên môn nghiệp vụ, năng lực công tác của đội ngũ cán bộ, đảng viên Trung tâm.

Phát biểu kết luận hội nghị định hướng nhiệm vụ trọng tâm 6 tháng cuối năm 2024, đồng chí Võ Thanh Nhơn, Bí thư Đảng ủy, Quyền Giám đốc Trung tâm ghi nhận sự đoàn kết nỗ lực của mỗi cán bộ, đảng viên trong thời gian qua. Đối với các kiến nghị, đề xuất của chi bộ, khoa/phòng chuyên môn, Ban Thường vụ Đảng ủy sẽ trao đổi, thảo luận và định hướng thống nhất giải pháp khắc phục trong thời gian tới.

Đồng chí Bí thư Đảng ủy đề nghị các chi bộ tiếp tục thực hiện tốt công tác giáo dục chính trị tư tưởng; tăng cường bồi dưỡng phát triển đảng viên gắn với chất lượng; tăng cường công tác kiểm tra, giám sát trong Đảng. Mỗi cán bộ, đảng viên, viên chức thực hiện tốt kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và cam kết tu dưỡng, rèn luyện, phấn đấu, phát huy tinh thần chủ động, sáng tạo, linh hoạt trong học tập và làm theo Bác gắn với thực hiện nhiệm vụ chính trị được giao.

~ THANH HOÀNG

=== fs-02
site: cdcbl
title: Giám sát chỉ số côn trùng truyền bệnh sốt xuất huyết tại 12 xã trọng điểm
date: 2024-05-21 09:10

Từ ngày 13 đến 17/5/2024, Khoa Phòng chống bệnh truyền nhiễm, Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu tổ chức giám sát chỉ số muỗi và lăng quăng tại 12 xã, phường có số ca mắc sốt xuất huyết cao trong năm 2023.

Tại mỗi điểm, đoàn điều tra ngẫu nhiên 30 hộ gia đình, bắt muỗi trong nhà bằng máy hút cầm tay và kiểm tra toàn bộ dụng cụ chứa nước trong và xung quanh nhà. Kết quả sơ bộ cho thấy chỉ số Breteau tại 8 trên 12 điểm vượt ngưỡng 20, là mức có nguy cơ cao bùng phát dịch.

! Ảnh: Cán bộ Trung tâm kiểm tra lu chứa nước tại một hộ dân ở phường 7, thành phố Bạc Liêu

Lăng quăng tập trung nhiều nhất ở lu, khạp chứa nước sinh hoạt không có nắp đậy, chậu cây cảnh, lốp xe cũ và các vật phế thải đọng nước mưa. Nhiều hộ dân vẫn chưa có thói quen thay nước bình hoa, khay nước chân chạn hằng tuần.

Trên cơ sở kết quả giám sát, Trung tâm đã đề nghị các trạm y tế phối hợp chính quyền địa phương tổ chức ngay chiến dịch diệt lăng quăng, ưu tiên những khu vực có chỉ số cao, đồng thời tăng cường giám sát, phát hiện sớm ca bệnh để xử lý kịp thời.

~ Khoa Phòng chống bệnh truyền nhiễm

=== fs-03
site: cdcbl
title: Thông báo lịch tiêm vắc xin phòng dại trong dịp nghỉ lễ Quốc khánh 2/9
date: 2024-08-29 14:00
tricky: short announcement with a scanned attachment

Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu thông báo lịch hoạt động của Phòng tiêm chủng dịch vụ trong dịp nghỉ lễ Quốc khánh năm 2024 như sau:

Từ ngày 31/8 đến ngày 3/9/2024, Phòng tiêm chủng chỉ tiêm vắc xin phòng dại và huyết thanh kháng dại cho người bị chó, mèo cắn, thời gian từ 7 giờ đến 11 giờ hằng ngày. Các loại vắc xin khác tạm ngừng và tiêm trở lại từ ngày 4/9/2024.

Mọi chi tiết xin liên hệ số điện thoại 0291.3822.656 trong giờ hành chính.

# Tải văn bản: [TB-142-KSBT-lich-tiem-le-2-9.pdf](https://cdcbaclieu.vn/wp-content/uploads/2024/08/TB-142-KSBT-lich-tiem-le-2-9.pdf)

=== fs-04
site: kientuong
title: Kiến Tường ra quân chiến dịch diệt lăng quăng phòng chống sốt xuất huyết
date: 2024-07-16 07:45

Sáng 13/7, Trung tâm Y tế thị xã Kiến Tường phối hợp Ủy ban nhân dân phường 1 tổ chức lễ ra quân chiến dịch vệ sinh môi trường, diệt lăng quăng phòng chống sốt xuất huyết năm 2024 với sự tham gia của hơn 120 đoàn viên, hội viên và nhân viên y tế.

Các tổ ra quân chia nhau đến từng hộ gia đình tại khu phố 2, khu phố 3, hướng dẫn người dân súc rửa lu, khạp, lật úp vật dụng có thể đọng nước và thu gom gần 2 tấn phế thải như vỏ lon, lốp xe, chai nhựa.

! Ảnh: Đoàn viên thanh niên thu gom vật phế thải đọng nước tại khu phố 2

Theo số liệu của Trung tâm Y tế, từ đầu năm đến nay thị xã ghi nhận 19 ca sốt xuất huyết, tập trung tại phường 1 và xã Bình Hiệp. Chiến dịch sẽ tiếp tục được triển khai tại tất cả các xã, phường trong tháng 7 và tháng 8, thời điểm cao điểm của mùa mưa.

Trung tâm Y tế khuyến cáo mỗi gia đình dành 10 phút mỗi tuần để kiểm tra, loại bỏ nơi sinh sản của muỗi, ngủ mùng kể cả ban ngày và đến cơ sở y tế khi có dấu hiệu sốt.

~ Hoàng Phúc

=== fs-05
site: kientuong
title: Tầm soát ung thư cổ tử cung miễn phí cho 250 phụ nữ từ 30 đến 54 tuổi
date: 2024-10-03 14:30

Trong hai ngày 1 và 2/10/2024, Trung tâm Y tế thị xã Kiến Tường phối hợp Bệnh viện Hùng Vương Thành phố Hồ Chí Minh tổ chức tầm soát ung thư cổ tử cung miễn phí cho 250 phụ nữ từ 30 đến 54 tuổi trên địa bàn.

Chị em được khám phụ khoa, làm xét nghiệm VIA và xét nghiệm HPV để phát hiện sớm các tổn thương tiền ung thư. Những trường hợp có kết quả bất thường được hẹn soi cổ tử cung và điều trị theo chương trình hỗ trợ.

! Ảnh: Phụ nữ đăng ký khám tầm soát tại Trung tâm Y tế thị xã

Bác sĩ Phan Thị Mỹ Dung, Khoa Chăm sóc sức khỏe sinh sản, cho biết ung thư cổ tử cung hoàn toàn có thể phòng ngừa nếu được tiêm vắc xin HPV và tầm soát định kỳ. Tuy nhiên, nhiều phụ nữ ở vùng nông thôn vẫn ngại đi khám vì tâm lý e ngại hoặc chưa có triệu chứng.

Kết quả đợt tầm soát sẽ được gửi về từng trạm y tế xã, phường để tiếp tục theo dõi, tư vấn cho người dân.

~ Thùy Trang

=== fs-06
site: kientuong
title: Trung tâm Y tế thị xã Kiến Tường đẩy mạnh tiêm chủng mở rộng năm 2024
date: 2024-04-22 10:00
tricky: two body paragraphs start with link text to other articles

Ba tháng đầu năm 2024, tỷ lệ tiêm đủ liều vắc xin cho trẻ dưới 1 tuổi tại thị xã Kiến Tường mới đạt 21,3% kế hoạch năm do vắc xin 5 trong 1 và vắc xin bại liệt tiêm về chậm. Từ tháng 4, khi vắc xin được cấp đủ, Trung tâm Y tế đã chỉ đạo các trạm y tế tổ chức tiêm bù, tiêm vét cho trẻ.

@ [Kế hoạch tiêm chủng mở rộng năm 2024](https://ttytkientuong.vn/ke-hoach-tiem-chung-mo-rong-nam-2024/) đặt mục tiêu trên 95% trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, 90% phụ nữ có thai được tiêm phòng uốn ván đủ liều.

@ [Lịch tiêm chủng tháng 4 tại các trạm y tế](https://ttytkientuong.vn/lich-tiem-chung-thang-4-tai-cac-tram-y-te/) đã được thông báo trên loa phát thanh và nhóm Zalo của từng khu phố, ấp để phụ huynh đưa trẻ đi tiêm đúng hẹn.

! Ảnh: Trẻ được khám sàng lọc trước khi tiêm tại Trạm Y tế phường 2

Cán bộ chuyên trách tại các trạm y tế rà soát danh sách trẻ đến tuổi tiêm, đối tượng tiêm sót, gọi điện và đến từng nhà vận động gia đình đưa trẻ đi tiêm. Các buổi tiêm chủng bảo đảm an toàn, có khám sàng lọc, theo dõi 30 phút sau tiêm.

Trung tâm Y tế đề nghị phụ huynh mang theo sổ tiêm chủng hoặc sử dụng ứng dụng sổ sức khỏe điện tử để theo dõi lịch tiêm của trẻ.

~ Khoa Kiểm soát bệnh tật

=== fs-07
site: cdcbp
title: Bình Phước phát hiện ổ dịch sởi tại xã Đak Nhau, huyện Bù Đăng
date: 2024-07-23 16:20

Ngày 22/7/2024, Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước cho biết đã ghi nhận ổ dịch sởi tại thôn Đăng Lang, xã Đak Nhau, huyện Bù Đăng với 5 trẻ có kết quả xét nghiệm dương tính, độ tuổi từ 9 tháng đến 6 tuổi.

Điều tra dịch tễ cho thấy cả 5 trẻ đều chưa được tiêm vắc xin sởi hoặc tiêm chưa đủ mũi. Các trẻ có biểu hiện sốt, phát ban, ho, chảy nước mũi, hiện sức khỏe ổn định, được điều trị cách ly tại Trung tâm Y tế huyện Bù Đăng.

! Ảnh: Nhân viên y tế khám sàng lọc cho trẻ trước khi tiêm vắc xin sởi tại xã Đak Nhau

Ngay sau khi phát hiện ổ dịch, Trung tâm Kiểm soát bệnh tật đã cử đội đáp ứng nhanh phối hợp Trung tâm Y tế huyện khoanh vùng, khử khuẩn, rà soát toàn bộ trẻ từ 1 đến 10 tuổi trong thôn để tổ chức tiêm vắc xin sởi - rubella chống dịch.

Ngành y tế khuyến cáo cha mẹ cho trẻ tiêm đủ hai mũi vắc xin sởi lúc 9 tháng và 18 tháng tuổi; khi trẻ có dấu hiệu sốt, phát ban cần cách ly và đưa trẻ đến cơ sở y tế, không tự ý điều trị tại nhà.

~ Trọng Nghĩa

=== fs-08
site: cdcbp
title: Tập huấn giám sát bệnh không lây nhiễm cho cán bộ y tế tuyến xã
date: 2023-09-26 08:00

Trong hai ngày 25 và 26/9/2023, Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước tổ chức lớp tập huấn quản lý, giám sát bệnh không lây nhiễm cho 60 cán bộ phụ trách chương trình tại các trạm y tế xã, phường, thị trấn.

Học viên được hướng dẫn quy trình khám sàng lọc tăng huyết áp, đái tháo đường, bệnh phổi tắc nghẽn mạn tính; cách lập hồ sơ quản lý, theo dõi điều trị ngoại trú và ghi chép báo cáo trên phần mềm quản lý bệnh không lây nhiễm.

! Ảnh: Giảng viên hướng dẫn học viên đo huyết áp đúng kỹ thuật

Theo báo cáo, toàn tỉnh hiện quản lý hơn 42.000 người tăng huyết áp và 11.000 người đái tháo đường, nhưng tỷ lệ được điều trị đạt mục tiêu còn thấp. Nhiều trạm y tế thiếu thuốc điều trị ngoại trú, người bệnh phải lên tuyến huyện để nhận thuốc.

Sau tập huấn, các trạm y tế sẽ tổ chức rà soát, sàng lọc người từ 40 tuổi trở lên trên địa bàn, phấn đấu đến cuối năm quản lý được 50% số người mắc bệnh ước tính.

~ Khoa Phòng chống bệnh không lây nhiễm

=== fs-09
site: cdcbp
title: Hưởng ứng Ngày ASEAN phòng chống sốt xuất huyết 15/6
date: 2024-06-14 10:30

Hưởng ứng Ngày ASEAN phòng chống sốt xuất huyết 15/6/2024, Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước phối hợp Trung tâm Y tế thành phố Đồng Xoài tổ chức lễ mít tinh và ra quân diệt lăng quăng tại phường Tân Phú với chủ đề “Cộng đồng chung tay phòng chống sốt xuất huyết”.

Từ đầu năm đến ngày 12/6, toàn tỉnh ghi nhận 486 ca mắc sốt xuất huyết, giảm 32% so với cùng kỳ năm 2023, không có ca tử vong. Tuy nhiên, mùa mưa đến sớm khiến nguy cơ dịch bùng phát trong những tháng tới là rất lớn.

! Ảnh: Đại biểu và người dân tham gia mít tinh hưởng ứng tại phường Tân Phú

Sau lễ mít tinh, các đoàn viên, hội viên và nhân viên y tế chia thành 10 tổ đến từng hộ gia đình phát tờ rơi, hướng dẫn thu dọn vật dụng chứa nước đọng, thả cá diệt lăng quăng vào bể nước lớn.

Trung tâm Kiểm soát bệnh tật đề nghị chính quyền các địa phương duy trì chiến dịch diệt lăng quăng hằng tháng, đặc biệt tại các khu nhà trọ, công trình xây dựng và trường học trước khi vào năm học mới.

~ Thanh Tâm

=== ut-01
site: longan
title: Năm 2019, Đảng bộ ngành Y tế thực hiện đạt và vượt các chỉ tiêu
date: 2020-02-18 21:04
seed: 003 (its language switch and share bar are furniture here)

Ngày 18/02, Đảng ủy cơ sở ngành Y tế tổ chức Hội nghị tổng kết thực hiện nghị quyết Đảng bộ năm 2019 và phương hướng nhiệm vụ năm 2020. Phó Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp - Nguyễn Ngọc Sum dự.

! Biểu quyết thực hiện các chỉ tiêu Nghị quyết Đảng bộ năm 2020

Đảng ủy ngành hiện có 11 chi bộ trực thuộc với 181 đảng viên, chiếm 33% số lượng cán bộ, công chức, viên chức (CBCCVC) và người lao động (NLĐ) trong toàn thể Đảng bộ (tăng 4% so với năm 2018).

Năm 2019, Đảng ủy ngành lãnh đạo các đơn vị trực thuộc phối hợp công đoàn cơ sở triển khai, quán triệt, tổ chức thực hiện Nghị định số 04/2015/NĐ-CP, tập trung tổ chức hội nghị cán bộ công chức đúng quy định.

Đảng ủy ngành và 11 chi bộ trực thuộc thường xuyên sử dụng hộp thư điện tử trong hoạt động công tác Đảng, thực hiện tốt quy chế sử dụng hộp thư điện tử, có phân công đảng viên chịu trách nhiệm quản lý và sử dụng hộp thư điện tử, góp phần giảm thời gian, tiết kiệm chi phí cho công tác Đảng,

Các chi bộ xây dựng được 9 mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (đăng ký 3 mô hình mới gửi Đảng ủy Khối).

Đảng ủy ngành chỉ đạo các cấp ủy chi bộ lãnh đạo tổ chức tốt Đề án 02-ĐA/TU của Tỉnh ủy (giai đoạn 2), hoàn thành sắp xếp lại các phòng có nhiệm vụ, tính chất tương đồng trong cơ cấu tổ chức bên trong. Kết quả, sáp nhập các phòng chuyên môn của 3 đơn vị (Bệnh viện Đa khoa Long An, Bệnh viện Lao & bệnh phổi, Bệnh viện Đa khoa khu vực Hậu Nghĩa).

Hoạt động các đoàn thể (Công đoàn Ngành, Đoàn ngành Y tế) từng bước được đổi mới và tăng cường, góp phần vào việc hoàn thành nhiệm vụ chính trị của của ngành.

Kết quả thực hiện các chỉ tiêu Nghị quyết Đảng bộ tỉnh, các chỉ tiêu y tế cơ bản đều đạt và vượt. Công tác chăm sóc sức khỏe nhân dân, y tế dự phòng, an toàn thực phẩm, dân số và phát triển, phòng chống HIV/AIDS,... được chú trọng, nâng cao chất lượng khám, chữa bệnh. Tình hình dịch bệnh nhìn chung ổn định.

Tuy nhiên, công tác tình hình tư tưởng về nắm bắt cán bộ đảng viên có lúc, có nơi chưa kịp thời, chưa được hài lòng; CBCCVC còn thiếu ý thức trách nhiệm cá nhân trong việc xây dựng nội bộ để xảy ra tình trạng thư nặc danh;…

! Biểu dương, khen thưởng cho các tập thể, cá nhân

Năm 2020, Đảng ủy ngành tiếp tục lãnh đạo các đơn vị trực thuộc thực hiện đạt 100% các chỉ tiêu chuyên môn; xây dựng Đảng bộ cơ sở ngành đạt tiêu chuẩn hoàn thành tốt nhiệm vụ trở lên; 100% chi bộ trực thuộc hoàn thành tốt nhiệm vụ trở lên; duy trì 4 chi bộ thực hiện chi bộ điểm; kết nạp ít nhất 8 đảng viên mới;….

Phó Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp - Nguyễn Ngọc Sum đề nghị: “Đảng ủy ngành tiếp tục thực hiện các giải pháp nâng cao chất lượng đội ngũ cán bộ, đảng viên; từng đồng chí Ủy viên Ban Chấp hành Đảng bộ cơ sở ngành nêu cao tinh thần trách nhiệm, thường xuyên theo dõi, kiểm tra quá trình thực hiện nghị quyết, kịp thời phản ánh nhằm có giải pháp lãnh đạo, chỉ đạo kịp thời. Qua đó, thực hiện tốt các chỉ tiêu, nhiệm vụ được giao”.

Dịp này, có 2 chi bộ hoàn thành xuất sắc nhiệm vụ, 9 chi bộ hoàn thành tốt nhiệm vụ và 21 cá nhân hoàn thành xuất sắc nhiệm vụ được biểu dương, khen thưởng./.

~ Ngọc Mận - Huỳnh Hương

=== ut-02
site: longan
title: Long An tập huấn triển khai hồ sơ sức khỏe điện tử cho trạm y tế xã
date: 2023-06-07 14:35

Ngày 6/6/2023, Sở Y tế tỉnh Long An tổ chức hội nghị tập huấn triển khai phần mềm quản lý hồ sơ sức khỏe điện tử cho hơn 200 cán bộ phụ trách công nghệ thông tin của các trung tâm y tế và trạm y tế xã, phường, thị trấn trong tỉnh.

Tại hội nghị, đại diện đơn vị cung cấp phần mềm hướng dẫn cách tạo lập hồ sơ, cập nhật thông tin khám chữa bệnh, tiêm chủng, quản lý bệnh mạn tính và kết nối dữ liệu với Cơ sở dữ liệu quốc gia về dân cư để người dân tra cứu trên ứng dụng VNeID.

! Cán bộ y tế thực hành nhập liệu hồ sơ sức khỏe điện tử

Theo kế hoạch, đến hết năm 2023 toàn tỉnh phấn đấu 90% người dân có hồ sơ sức khỏe điện tử, trong đó ưu tiên người cao tuổi, người mắc bệnh mạn tính và trẻ em dưới 6 tuổi.

Phát biểu tại hội nghị, lãnh đạo Sở Y tế yêu cầu các đơn vị bố trí nhân lực, máy tính và đường truyền bảo đảm, thường xuyên rà soát để dữ liệu được cập nhật đầy đủ, chính xác, tránh tình trạng tạo hồ sơ cho có.

~ Thanh Hải

=== ut-03
site: longan
title: Kiểm tra an toàn thực phẩm bếp ăn tập thể tại các khu công nghiệp
date: 2024-01-18 09:50

Từ ngày 8 đến 17/1/2024, Đoàn kiểm tra liên ngành của tỉnh Long An do Chi cục An toàn vệ sinh thực phẩm chủ trì đã kiểm tra 24 bếp ăn tập thể của các doanh nghiệp tại khu công nghiệp Đức Hòa, Bến Lức và Cần Giuộc, phục vụ bữa ăn hằng ngày cho hơn 35.000 công nhân.

Đoàn tập trung kiểm tra hồ sơ pháp lý, giấy chứng nhận đủ điều kiện an toàn thực phẩm, nguồn gốc nguyên liệu, việc lưu mẫu thức ăn và thực hiện quy trình kiểm thực ba bước. Đồng thời lấy 72 mẫu thực phẩm để xét nghiệm nhanh các chỉ tiêu hàn the, phẩm màu, dư lượng thuốc bảo vệ thực vật.

! Đoàn kiểm tra liên ngành kiểm tra khu sơ chế tại một bếp ăn tập thể ở huyện Đức Hòa

Kết quả, 20 cơ sở đạt yêu cầu, 4 cơ sở vi phạm do người chế biến chưa khám sức khỏe định kỳ, không lưu mẫu thức ăn đủ 24 giờ, bị xử phạt vi phạm hành chính tổng số tiền 28 triệu đồng. Các mẫu xét nghiệm nhanh đều đạt yêu cầu.

Đoàn kiểm tra đề nghị doanh nghiệp ký hợp đồng với cơ sở cung cấp thực phẩm có nguồn gốc rõ ràng, bảo đảm an toàn thực phẩm trong dịp cao điểm Tết Nguyên đán Giáp Thìn.

~ Chi cục An toàn vệ sinh thực phẩm

=== ut-04
site: vinhlong
title: ĐẢNG ỦY TRUNG TÂM Y TẾ TAM BÌNH SƠ KẾT 6 THÁNG ĐẦU NĂM 2023
date: 2023-07-10
seed: 000

Chiều ngày 07/07/2023, tại Hội trường Trung tâm Y tế, Đảng ủy Trung tâm Y tế tổ chức Hội nghị sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023. Tham dự và chỉ đạo Hội nghị có đồng chí Bùi Thanh Tùng- Bí thư Đảng ủy-Giám đốc Trung tâm Y tế, đồng chí Phạm Văn Lộc - Phó Bí thư Đảng ủy và các Phó Giám đốc cùng toàn thể Đảng viên của Đảng ủy.

Đảng ủy Trung tâm Y tế Tam Bình có 8 chi bộ trực thuộc với 201 đảng viên, trong đó có 189 đảng viên chính thức và 12 đảng viên dự bị, về trình độ lý luận chính trị: cao cấp: 03 đồng chí, trung cấp: 39 đồng chí và đang đi học là 07 đồng chí.

! Ảnh: đảng viên TTYT Tam Bình tham dự hội nghị

Tại Hội nghị, đại diện Ban Thường vụ Đảng Ủy trình bày dự thảo báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023 của Đảng ủy Trung tâm Y tế, Sinh hoạt chuyên đề: “ Những biến động tình hình Thế giới và đường lối đối ngoại của Việt Nam”.

Trong 6 tháng đầu năm 2023, Đảng ủy Trung tâm Y tế đã bám sát chỉ đạo của Huyện ủy, Chương trình công tác năm 2023 của Đảng ủy Trung tâm Y tế; nhiệm vụ trọng tâm của ngành Y tế để chỉ đạo các chi bộ thực hiện tốt nhiệm vụ chính trị được giao, đặc biệt trong công tác phòng, chống dịch bệnh, công tác khám bệnh, chữa bệnh, chăm sóc sức khỏe cho nhân dân. Triển khai có hiệu quả công tác giáo dục chính trị tư tưởng, phổ biến, quán triệt kịp thời các chủ trương, chính sách, Nghị quyết, kết luận, chỉ thị của Đảng, chính sách pháp luật của Nhà nước cho đảng viên, công chức, viên chức và người lao động trong toàn đơn vị. Tuy nhiên, bên cạnh những kết quả đạt được, trong 6 tháng đầu năm còn có mặt hạn chế như: chỉ tiêu thực hiện Chương trình tiêm chủng mở rộng và chỉ tiêu về Tổng tỷ suất sinh đạt còn thấp so chỉ tiêu kế hoạch năm 2023.

Sau khi nghe các ý kiến thảo luận, phát biểu của đảng viên, đồng chí Bùi Thanh Tùng- Bí thư Đảng ủy Trung tâm Y tế đã biểu dương những nỗ lực của các chi bộ trực thuộc và đảng viên trong 6 tháng đầu năm đã vượt qua những khó khăn để thực hiện tốt nhiệm vụ chính trị được giao.

Về phương hướng, nhiệm vụ trọng tâm trong 6 tháng cuối năm 2023, đồng chí đề nghị các chi bộ tiếp tục phát huy kết quả đã đạt được, khắc phục những tồn tại, hạn chế, nêu cao tinh thần chủ động để lãnh đạo, chỉ đạo đảng viên, công chức, viên chức và người lao động trong toàn đơn vị tăng cường phối hợp và có nhiều biện pháp, giải pháp mới, tích cực, hiệu quả hơn nữa để hoàn thành tốt nhiệm vụ chính trị của Đảng ủy năm 2023./.

~ BÉ HAI
TTYT huyện Tam Bình

=== ut-05
site: vinhlong
title: Tập huấn nâng cao năng lực cấp cứu ngoại viện cho nhân viên Trung tâm Cấp cứu 115
date: 2024-09-19

Từ ngày 16 đến 18/9/2024, Sở Y tế tỉnh Vĩnh Long phối hợp Bệnh viện Chợ Rẫy tổ chức lớp tập huấn nâng cao năng lực cấp cứu ngoại viện cho 45 bác sĩ, điều dưỡng và lái xe của Trung tâm Cấp cứu 115 và các trung tâm y tế huyện.

Nội dung tập huấn gồm kỹ năng tiếp nhận, điều phối cuộc gọi cấp cứu, hồi sinh tim phổi nâng cao, xử trí ban đầu chấn thương sọ não, cố định cột sống và vận chuyển an toàn người bệnh trong tai nạn giao thông.

! Ảnh: Học viên thực hành cố định cột sống cổ cho nạn nhân giả định

Năm 2023, Trung tâm Cấp cứu 115 tỉnh tiếp nhận hơn 6.800 cuộc gọi, thực hiện gần 4.000 chuyến xe cấp cứu, trong đó tai nạn giao thông chiếm khoảng 40%. Thời gian xe có mặt tại hiện trường ở khu vực nội thành trung bình dưới 15 phút.

Lãnh đạo Sở Y tế đề nghị các học viên áp dụng kiến thức vào thực tế, đồng thời làm nòng cốt hướng dẫn lại cho đồng nghiệp tại đơn vị, góp phần giảm tỷ lệ tử vong trước khi đến viện.

~ Phòng Nghiệp vụ Y

=== ut-06
site: vinhlong
title: Ngành y tế Vĩnh Long triển khai Tháng hành động vì an toàn thực phẩm năm 2024
date: 2024-04-17
tricky: two body paragraphs start with link text to other articles

Ngày 16/4/2024, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Vĩnh Long tổ chức hội nghị triển khai Tháng hành động vì an toàn thực phẩm năm 2024 với chủ đề “Nâng cao hiệu quả công tác bảo đảm an toàn thực phẩm trong chuỗi cung ứng thực phẩm”, diễn ra từ ngày 15/4 đến 15/5/2024.

@ [Kế hoạch số 45/KH-BCĐ của Ban Chỉ đạo liên ngành](https://soyte.vinhlong.gov.vn/chuyen-muc-tin-tuc/id/41702) quy định rõ nhiệm vụ của từng sở, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố, trong đó tập trung kiểm tra cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể và thức ăn đường phố.

@ [Kết quả Tháng hành động năm 2023](https://soyte.vinhlong.gov.vn/chuyen-muc-tin-tuc/id/39215) cho thấy các đoàn kiểm tra đã kiểm tra hơn 2.100 cơ sở, phát hiện 187 cơ sở vi phạm, xử phạt 42 cơ sở với tổng số tiền trên 150 triệu đồng.

! Ảnh: Quang cảnh hội nghị triển khai Tháng hành động vì an toàn thực phẩm

Phát biểu tại hội nghị, Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị các đơn vị tăng cường truyền thông, hướng dẫn người dân lựa chọn thực phẩm an toàn, xử lý nghiêm và công khai các cơ sở vi phạm trên phương tiện thông tin đại chúng.

~ Hồng Nhung

=== ut-07
site: baclieu
title: HỘI NGHỊ SƠ KẾT CÔNG TÁC ĐẢNG 6 THÁNG ĐẦU NĂM VÀ TRIỂN KHAI NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023
date: 2023-07-15 09:20
seed: 002

Được sự chấp thuận của Ban Thường vụ Đảng Ủy khối các cơ quan tỉnh và Kế hoạch công tác Đảng bộ Bệnh viện ĐK Bạc Liêu năm 2023; chiều ngày 14/7/2023, Đảng bộ Bệnh viện Đa khoa Bạc Liêu tổ chức Hội nghị sơ kết công tác Đảng 06 tháng đầu năm và triển khai nhiệm vụ 06 tháng cuối năm 2023.

Tham dự và chỉ đạo Hội nghị có Đ/c Mã Quốc Thiện-Bí thư Đảng bộ Bệnh viện ĐK Bạc Liêu và 170 Đảng viên.

Đ/c Trần Quốc Sử-Phó Bí thư Đảng bộ thay mặt Đảng bộ báo cáo dự thảo kết quả thực hiện công tác xây dựng Đảng trong 06 tháng đầu năm 2023. Trong 06 tháng đầu năm 2023, Ban chấp hành Đảng bộ Bệnh viện đã lãnh đạo tổ chức triển khai thực hiện thắng lợi các chỉ tiêu, kế hoạch đề ra, tiếp tục nâng cao vai trò lãnh đạo và chỉ đạo toàn diện của cấp ủy đảng trong cơ quan, giữ vững tốt các mối quan hệ công tác, phát huy và mở rộng dân chủ trong cơ quan. Tuy nhiên bên cạnh đó, còn tồn tại một số hạn chế như: vẫn còn một số viên chức-người lao động bỏ việc với lý do chủ yếu là thu nhập thấp, kinh tế gia đình khó khăn; chỉ tiêu kết nạp đảng hiện tại một số chi bộ chưa đủ số lượng như đã đăng ký; còn một vài chi bộ chưa thực hiện tổ chức sinh hoạt chuyên đề đúng theo qui định.

Đ/c Trần Vũ Linh-Ủy viên Ban Thường vụ thông qua Dự thảo kế hoạch công tác Đảng bộ 06 tháng cuối năm 2023 với phương hướng và mục tiêu sắp tới là: thực hiện hoàn thành thắng lợi nhiệm vụ công tác Đảng Bệnh viện 6 tháng cuối năm 2023; không ngừng nâng cao chất lượng chuyên môn, đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh, xây dựng Bệnh viện xanh-sạch-đẹp; xây dựng Đảng bộ Bệnh viện ĐK Bạc Liêu đạt danh hiệu Đảng bộ “Hoàn thành tốt nhiệm vụ” năm 2023.

Hội nghị thảo luận và tiếp thu ý kiến chỉ đạo và tổng kết hội nghị của Đ/c Mã Quốc Thiện-Bí thư Đảng bộ về chỉ tiêu kết nạp Đảng năm 2023, nâng cao chất lượng sinh hoạt chi bộ, tăng cường phát triển công tác chuyên môn của Bệnh viện và tinh thần nêu gương của cán bộ lãnh đạo, Đảng viên ./.

Một số hình ảnh của Hội nghị Sơ kết.

% gallery

=== ut-08
site: baclieu
title: Tán sỏi thận qua da thành công cho bệnh nhân 78 tuổi
date: 2024-02-02 15:05

Khoa Ngoại Thận - Tiết niệu, Bệnh viện Đa khoa tỉnh Bạc Liêu vừa thực hiện thành công ca tán sỏi thận qua da bằng laser cho bà N.T.H. (78 tuổi, ngụ huyện Hòa Bình) bị sỏi san hô thận trái kích thước 3,5 cm, kèm theo nhiều bệnh nền.

Bệnh nhân nhập viện vì đau hông lưng trái kéo dài, sốt, tiểu đục. Kết quả chụp cắt lớp vi tính cho thấy thận trái ứ nước độ II do sỏi lớn chiếm gần hết bể thận. Do bệnh nhân lớn tuổi, có tăng huyết áp và suy tim, phẫu thuật mổ mở tiềm ẩn nhiều nguy cơ.

! Ảnh: Ê-kíp Khoa Ngoại Thận - Tiết niệu thực hiện tán sỏi thận qua da

Sau hội chẩn, ê-kíp quyết định tán sỏi qua da dưới hướng dẫn siêu âm và màn tăng sáng. Ca can thiệp kéo dài 90 phút, sỏi được tán vụn và hút ra ngoài hoàn toàn qua đường hầm nhỏ khoảng 1 cm ở vùng hông lưng.

Sau 4 ngày, bệnh nhân hết sốt, đi lại được và xuất viện. Kỹ thuật tán sỏi thận qua da được Bệnh viện triển khai từ năm 2022, đến nay đã điều trị cho hơn 300 người bệnh, giúp người dân không phải chuyển lên tuyến trên.

~ Phòng Công tác xã hội

=== ut-09
site: baclieu
title: Khoa Nhi quá tải do trẻ mắc bệnh hô hấp tăng khi thời tiết chuyển mùa
date: 2023-10-12 10:40

Những ngày gần đây, Khoa Nhi Bệnh viện Đa khoa tỉnh Bạc Liêu luôn trong tình trạng quá tải khi số trẻ nhập viện tăng khoảng 30% so với tháng trước, chủ yếu mắc viêm phổi, viêm tiểu phế quản và hen phế quản.

Hiện Khoa có 65 giường nhưng thường xuyên điều trị từ 110 đến 120 trẻ, nhiều thời điểm phải nằm ghép hai trẻ một giường. Bệnh viện đã bố trí thêm giường ở hành lang, tăng cường bác sĩ, điều dưỡng trực đêm để bảo đảm công tác điều trị.

! Ảnh: Bác sĩ Khoa Nhi thăm khám cho trẻ viêm phổi

Theo bác sĩ chuyên khoa II Huỳnh Văn Tâm, Trưởng khoa Nhi, thời tiết giao mùa nắng mưa thất thường, nhiệt độ thay đổi đột ngột tạo điều kiện cho vi rút, vi khuẩn gây bệnh phát triển. Trẻ dưới 5 tuổi, trẻ sinh non, suy dinh dưỡng dễ bị bệnh và diễn tiến nặng.

Phụ huynh cần giữ ấm cho trẻ, vệ sinh mũi họng bằng nước muối sinh lý, cho trẻ tiêm chủng đầy đủ và đưa trẻ đến cơ sở y tế khi có dấu hiệu thở nhanh, rút lõm lồng ngực, bỏ bú hoặc sốt cao.

~ Bảo Ngọc

=== nd-01
site: chauthanh
title: Châu Thành tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi
date: 2024-05-14
date_source: url

Hưởng ứng chiến dịch tiêm vắc xin sởi - rubella của tỉnh, từ ngày 6 đến 12/5, Trung tâm Y tế huyện Châu Thành đã tổ chức tiêm cho 3.240 trẻ từ 1 đến 5 tuổi tại 23 trạm y tế xã, thị trấn, đạt 97,6% số trẻ trong danh sách.

Trước chiến dịch, cộng tác viên dân số rà soát từng hộ gia đình, lập danh sách trẻ chưa tiêm hoặc tiêm chưa đủ mũi; các trạm y tế thông báo lịch tiêm qua loa truyền thanh và nhóm Zalo của từng ấp.

! Ảnh: Trẻ được tiêm vắc xin sởi - rubella tại Trạm Y tế xã Long Hưng

Các điểm tiêm đều bố trí khu vực khám sàng lọc, bàn tiêm và khu theo dõi sau tiêm riêng biệt, có đủ hộp chống sốc và phác đồ xử trí phản ứng sau tiêm. Trong suốt chiến dịch không ghi nhận trường hợp phản ứng nặng.

Với những trẻ vắng mặt do ốm hoặc đi xa, các trạm y tế sẽ tổ chức tiêm vét vào buổi tiêm chủng thường xuyên tháng 6.

~ Khoa Kiểm soát bệnh tật

=== nd-02
site: chauthanh
title: Truyền thông phòng chống bệnh dại tại các trường tiểu học
date: 2023-09-21
date_source: url

Nhân Ngày Thế giới phòng chống bệnh dại 28/9, Trung tâm Y tế huyện Châu Thành phối hợp Phòng Giáo dục và Đào tạo tổ chức truyền thông phòng chống bệnh dại cho hơn 1.500 học sinh của 6 trường tiểu học trên địa bàn.

Thông qua hình thức sân khấu hóa, hỏi đáp có thưởng, các em được hướng dẫn cách phòng tránh bị chó, mèo cắn; những việc cần làm ngay khi bị cắn như rửa vết thương dưới vòi nước chảy với xà phòng trong 15 phút và báo ngay cho người lớn để đi tiêm phòng.

! Ảnh: Học sinh Trường Tiểu học Tam Hiệp tham gia trả lời câu hỏi về phòng chống bệnh dại

Từ đầu năm đến nay, huyện có 412 người bị chó, mèo cắn phải tiêm vắc xin phòng dại, trong đó gần một phần ba là trẻ em dưới 15 tuổi. Bệnh dại khi đã lên cơn thì gần như tử vong 100%, nhưng hoàn toàn có thể phòng được bằng vắc xin.

Trung tâm Y tế đề nghị các gia đình nuôi chó, mèo tiêm phòng dại đầy đủ cho vật nuôi, xích hoặc nhốt chó, khi đưa ra đường phải đeo rọ mõm.

~ Thúy An

=== nd-03
site: chauthanh
title: Thông báo thay đổi số điện thoại đường dây nóng của Trung tâm Y tế huyện
date: 2024-02-19
date_source: url
tricky: short announcement with a scanned attachment, no visible date

Để thuận tiện cho người dân trong việc phản ánh về chất lượng khám, chữa bệnh và thái độ phục vụ của nhân viên y tế, Trung tâm Y tế huyện Châu Thành thông báo thay đổi số điện thoại đường dây nóng kể từ ngày 20/02/2024.

Số điện thoại đường dây nóng mới: 0273.3831.115 (trong giờ hành chính) và 0941.831.115 (ngoài giờ, ngày nghỉ, lễ). Số điện thoại cũ chấm dứt hoạt động từ cùng ngày.

Trung tâm Y tế huyện Châu Thành trân trọng thông báo.

# Tải file: [TB-duong-day-nong-2024.pdf](https://ttytchauthanh.vn/wp-content/uploads/2024/02/TB-duong-day-nong-2024.pdf)

=== nd-04
site: qncdc
title: HỘI NGHỊ TÔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2022 VÀ TRIỂN KHAI PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
date: none
seed: 004 ("Chiều ngày 19/12": no year anywhere)
tricky: no date anywhere, long body

Chiều ngày 19/12, Đảng ủy Sở Y tế tỉnh Quảng Nam tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022 và triển khai phương hướng nhiệm vụ năm 2023. Tham dự có đồng chí Nguyễn Xuân Đức - Phó Bí thư Đảng ủy Khối các cơ quan, đồng chí Mai Văn Mười - TUV, Bí thư Đảng ủy, Giám đốc Sở Y tế tỉnh Quảng Nam; các đồng chí ủy viên Ban chấp hành Đảng bộ Sở Y tế cùng đại diện lãnh đạo các chi bộ trực thuộc và đảng viên hoàn thành xuất sắc nhiệm vụ trong năm 2022.

Trong năm 2022, với quyết tâm cao của tập thể Đảng ủy, các chi ủy, các đoàn thể, đảng viên, công chức, viên chức, người lao động của Đảng bộ trong việc thực hiện tốt nhiệm vụ bảo vệ, chăm sóc, nâng cao sức khỏe nhân dân trên địa bàn tỉnh; công tác xây dựng Đảng của Đảng bộ tiếp tục được quan tâm, chú trọng như: tăng cường công tác tư tưởng và giáo dục chính trị tư tưởng, đạo đức, lối sống cho đảng viên, công chức, viên chức trong Đảng bộ; đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”; đổi mới nội dung, hình thức sinh hoạt Đảng uỷ, chi uỷ, chi bộ; công tác kiểm tra, giám sát, thi hành kỷ luật Đảng được quan tâm, ý thức tổ chức kỷ luật của đảng viên đươc nâng cao; việc đánh giá chất lượng tổ chức cơ sở đảng và đảng viên được triển khai nghiêm túc nghiêm túc,… Từ đó, đã phát huy được sức mạnh tập thể để triển khai thực hiện thắng lợi nhiệm vụ chính trị và công tác xây dựng Đảng năm 2022.

Hiện nay, Đảng bộ Sở Y tế có 311 đảng viên với 14 chi bộ trực thuộc, trong năm 2022, đã kết nạp 28 đảng viên và bồi dưỡng 31 quần chúng ưu tú. Đảng bộ Sở Y tế cũng đã tập trung thực hiện các kế hoạch phòng chống dịch bệnh như: Sốt xuất huyết, Đậu mùa khỉ, COVID-19,… khống chế không để dịch bệnh lây lan nhanh trong cộng đồng; công tác tiêm chủng mở rộng được duy trì đầy đủ, đảm bảo theo kế hoạch; tỷ lệ sinh con thứ 3 giảm so với cùng kỳ; tình trạng suy dinh dưỡng ở trẻ em được cải thiện; công tác truyền thông giáo dục sức khỏe được đẩy mạnh và thực hiện đa dạng dưới nhiều hình thức,…

Năm 2023, Đảng bộ Sở Y tế tiếp tục phát huy những kết quả đạt được, trên tinh thần đoàn kết, sáng tạo để triển khai thực hiện tốt nhiệm vụ chính trị và công tác xây dựng Đảng. Toàn thể đảng viên Đảng bộ phát huy tinh thần dân chủ, đoàn kết, chủ động, chung sức, đồng lòng để cùng tập thể Đảng ủy, chi ủy các chi bộ xây dựng Đảng bộ Sở Y tế hoàn thành tốt nhiệm vụ năm 2023. Theo đó, Đảng bộ Sở Y tế đặt ra mục tiêu: 100% đảng viên, công chức, viên chức, người lao động tham gia học tập các chỉ thị, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; 85% chi bộ “Hoàn thành nhiệm vụ” và 15% chi bộ “Hoàn thành xuất sắc nhiệm vụ”; kết nạp 30 đảng viên; Công đoàn Ngành “Hoàn thành tốt nhiệm vụ” trở lên, Đoàn thanh niên Sở “Hoàn thành tốt nhiệm vụ” trở lên,...

=== nd-05
site: qncdc
title: Giám sát, phòng chống bệnh bạch hầu tại huyện Nam Trà My
date: none

Ngày 8/7, Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam cử đoàn công tác lên huyện Nam Trà My phối hợp Trung tâm Y tế huyện điều tra, xử lý ca bệnh bạch hầu ở xã Trà Cang, bệnh nhân là bé trai 7 tuổi chưa tiêm đủ vắc xin.

Đoàn đã lập danh sách 46 người tiếp xúc gần, lấy mẫu dịch họng xét nghiệm và cho uống kháng sinh dự phòng; đồng thời tổ chức tiêm vắc xin uốn ván - bạch hầu cho người dân từ 7 tuổi trở lên tại thôn có ca bệnh.

! Ảnh: Cán bộ y tế lấy mẫu dịch họng cho người tiếp xúc gần tại xã Trà Cang

Theo đánh giá, địa bàn miền núi có tỷ lệ tiêm chủng thấp, giao thông đi lại khó khăn, người dân còn thói quen ở nhà tự chữa bệnh nên nguy cơ dịch lây lan là rất lớn.

Trung tâm Kiểm soát bệnh tật đề nghị Trung tâm Y tế huyện giám sát chặt chẽ các trường hợp sốt, đau họng, có giả mạc ở họng; tuyên truyền bằng tiếng địa phương để người dân hiểu và chủ động đưa trẻ đi tiêm chủng.

~ Khoa Phòng chống bệnh truyền nhiễm

=== nd-06
site: qncdc
title: Chủ động phòng, chống dịch bệnh trong mùa mưa bão
date: none

Trước diễn biến phức tạp của thời tiết trong mùa mưa bão, Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam đề nghị các trung tâm y tế huyện, thị xã, thành phố chủ động xây dựng phương án phòng, chống dịch bệnh, bảo đảm cơ số thuốc, hóa chất khử khuẩn và nhân lực ứng trực.

Sau mỗi đợt lũ, nguồn nước sinh hoạt dễ bị ô nhiễm, rác thải và xác động vật phân hủy làm gia tăng nguy cơ mắc các bệnh tiêu chảy, lỵ, đau mắt đỏ, bệnh ngoài da và sốt xuất huyết.

! Ảnh: Nhân viên y tế hướng dẫn người dân xử lý nước bằng cloramin B sau lũ

Các đội cơ động phòng chống dịch được thành lập tại từng huyện, sẵn sàng hỗ trợ địa phương vệ sinh môi trường, khử khuẩn nguồn nước, giám sát phát hiện sớm ca bệnh truyền nhiễm ngay sau khi nước rút.

Người dân được khuyến cáo ăn chín, uống sôi, rửa tay bằng xà phòng, không sử dụng thực phẩm bị ngập nước hoặc không rõ nguồn gốc, dọn dẹp nhà cửa và thu gom vật dụng đọng nước để phòng sốt xuất huyết.

~ Khoa Truyền thông - Giáo dục sức khỏe

=== nd-07
site: bentre
title: Bến Tre kiểm tra phòng chống tay chân miệng tại các trường mầm non
date: 2023-11-06 09:12
date_source: json-ld

Từ ngày 30/10 đến 3/11/2023, Sở Y tế tỉnh Bến Tre phối hợp Sở Giáo dục và Đào tạo thành lập 3 đoàn kiểm tra công tác phòng chống bệnh tay chân miệng tại 27 trường mầm non, nhóm trẻ độc lập ở thành phố Bến Tre và các huyện Châu Thành, Mỏ Cày Nam.

Các đoàn kiểm tra việc bố trí nơi rửa tay có xà phòng, vệ sinh đồ chơi, sàn nhà, nhà vệ sinh; việc theo dõi sức khỏe trẻ hằng ngày và thông báo cho trạm y tế khi phát hiện trẻ có biểu hiện sốt, loét miệng, phát ban ở tay chân.

! Ảnh: Đoàn kiểm tra làm việc tại một trường mầm non ở thành phố Bến Tre

Qua kiểm tra, phần lớn các trường thực hiện tốt công tác vệ sinh, tuy nhiên một số nhóm trẻ tư thục còn thiếu bồn rửa tay, chưa ghi chép sổ theo dõi trẻ nghỉ học. Đoàn đã hướng dẫn khắc phục ngay tại chỗ.

Từ đầu năm 2023, toàn tỉnh ghi nhận 1.126 ca tay chân miệng, tăng 18% so với cùng kỳ; 85% số ca là trẻ dưới 5 tuổi.

~ Phòng Nghiệp vụ Y

=== nd-08
site: bentre
title: Khai giảng lớp đào tạo liên tục về kiểm soát nhiễm khuẩn năm 2024
date: 2024-03-27 15:40
date_source: json-ld

Sáng 25/3/2024, Sở Y tế tỉnh Bến Tre khai giảng lớp đào tạo liên tục về kiểm soát nhiễm khuẩn trong cơ sở khám bệnh, chữa bệnh cho 50 học viên là bác sĩ, điều dưỡng, kỹ thuật viên đang làm công tác kiểm soát nhiễm khuẩn tại các bệnh viện và trung tâm y tế trong tỉnh.

Trong thời gian 3 tuần, học viên được học về giám sát nhiễm khuẩn bệnh viện, vệ sinh tay, khử khuẩn và tiệt khuẩn dụng cụ, quản lý chất thải y tế và phòng ngừa lây nhiễm đối với người bệnh mắc bệnh truyền nhiễm.

! Ảnh: Học viên thực hành quy trình vệ sinh tay thường quy

Phát biểu khai giảng, lãnh đạo Sở Y tế nhấn mạnh nhiễm khuẩn bệnh viện làm kéo dài thời gian nằm viện, tăng chi phí điều trị và nguy cơ kháng kháng sinh. Đội ngũ làm công tác kiểm soát nhiễm khuẩn giữ vai trò then chốt trong bảo đảm an toàn người bệnh.

Kết thúc khóa học, học viên đạt yêu cầu sẽ được cấp giấy chứng nhận đào tạo liên tục theo quy định của Bộ Y tế.

~ Phòng Tổ chức cán bộ

=== nd-09
site: bentre
title: Khám sàng lọc bệnh tim bẩm sinh miễn phí cho hơn 600 trẻ em
date: 2024-09-10 08:05
date_source: json-ld

Trong hai ngày 7 và 8/9/2024, Sở Y tế tỉnh Bến Tre phối hợp Bệnh viện Nhi Đồng 1 Thành phố Hồ Chí Minh tổ chức khám sàng lọc bệnh tim bẩm sinh miễn phí cho hơn 600 trẻ em dưới 16 tuổi tại Bệnh viện Nguyễn Đình Chiểu.

Các bác sĩ chuyên khoa tim mạch khám lâm sàng, siêu âm tim cho từng trẻ; những trẻ được chẩn đoán mắc bệnh được tư vấn hướng điều trị và lập hồ sơ đề nghị hỗ trợ chi phí phẫu thuật, can thiệp tim.

! Ảnh: Bác sĩ Bệnh viện Nhi Đồng 1 siêu âm tim cho trẻ

Kết quả, 74 trẻ được phát hiện mắc bệnh tim bẩm sinh, trong đó 21 trẻ cần phẫu thuật hoặc can thiệp sớm. Các trường hợp này sẽ được chuyển lên Bệnh viện Nhi Đồng 1 điều trị trong quý IV, chi phí do bảo hiểm y tế và các nhà tài trợ chi trả.

Tim bẩm sinh là dị tật thường gặp nhất ở trẻ em. Nếu được phát hiện và điều trị kịp thời, phần lớn trẻ có thể phát triển bình thường như những trẻ khác.

~ Kim Ngân
"""


# --------------------------------------------------------------------------- publishers

@dataclass
class Site:
    key: str
    name: str
    host: str
    address: str
    phone: str
    email: str
    extras: list[tuple[str, str]]  # other articles of the site: (title, "YYYY-MM-DD[ HH:MM]")
    slug_ids: dict = field(default_factory=dict)


SITES = {s.key: s for s in [
    Site("cangiuoc", "Trung tâm Y tế huyện Cần Giuộc", "ttytcangiuoc.vn",
         "Số 36 Nguyễn Thái Bình, thị trấn Cần Giuộc, huyện Cần Giuộc, tỉnh Long An", "0272.3874.125",
         "ttytcangiuoc@longan.gov.vn",
         [("Cần Giuộc tổ chức Ngày hội hiến máu tình nguyện đợt 1 năm 2024", "2024-06-20"),
          ("Khám sức khỏe định kỳ cho người cao tuổi tại xã Long Hậu", "2024-06-03"),
          ("Tập huấn phòng chống tai nạn thương tích cho trẻ em", "2024-05-27"),
          ("Triển khai khám chữa bệnh bảo hiểm y tế bằng căn cước công dân gắn chip", "2024-05-10"),
          ("Hội thi tuyên truyền viên giỏi về phòng chống HIV/AIDS", "2023-11-28"),
          ("Lịch tiêm chủng mở rộng tháng 7 năm 2024", "2024-07-01")]),
    Site("ndchieu", "Bệnh viện Nguyễn Đình Chiểu", "bvnguyendinhchieu.vn",
         "Số 109 Đoàn Hoàng Minh, Phường 5, thành phố Bến Tre, tỉnh Bến Tre", "(0275) 3822 417",
         "bvndc@bentre.gov.vn",
         [("Phẫu thuật thay khớp gối toàn phần cho bệnh nhân 80 tuổi", "2024-07-30"),
          ("Bệnh viện tiếp nhận hệ thống chụp cộng hưởng từ 1.5 Tesla", "2024-06-18"),
          ("Ngày hội hiến máu “Giọt hồng tri ân” năm 2024", "2024-07-25"),
          ("Hướng dẫn đặt lịch khám bệnh qua tổng đài và ứng dụng", "2024-02-15"),
          ("Kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam 27/2", "2024-02-27"),
          ("Cứu sống sản phụ băng huyết sau sinh nhờ kích hoạt báo động đỏ liên viện", "2024-01-09")]),
    Site("sannhicm", "Bệnh viện Sản - Nhi tỉnh Cà Mau", "bvsannhicamau.vn",
         "Số 85 Lý Thường Kiệt, Phường 6, thành phố Cà Mau, tỉnh Cà Mau", "0290.3831.015",
         "bvsannhi@camau.gov.vn",
         [("Hưởng ứng Tuần lễ Thế giới nuôi con bằng sữa mẹ năm 2024", "2024-08-05"),
          ("Cấp cứu thành công trẻ 3 tuổi hóc dị vật đường thở", "2024-07-18"),
          ("Khám sàng lọc thính lực cho trẻ sơ sinh", "2024-05-30"),
          ("Lớp học tiền sản miễn phí tháng 9 năm 2024", "2024-08-30"),
          ("Bệnh viện đạt chứng nhận thực hành nuôi con bằng sữa mẹ xuất sắc", "2023-12-20"),
          ("Tiêm vắc xin cho phụ nữ mang thai: những điều cần biết", "2024-04-10")]),
    Site("cdcbl", "Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu", "cdcbaclieu.vn",
         "Số 02 Lê Duẩn, Phường 1, thành phố Bạc Liêu, tỉnh Bạc Liêu", "0291.3824.519", "ksbt@baclieu.gov.vn",
         [("Triển khai Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2023", "2023-11-10"),
          ("Hội nghị tổng kết công tác y tế dự phòng năm 2023", "2024-01-16"),
          ("Khuyến cáo phòng chống bệnh cúm mùa", "2024-01-03"),
          ("Kiểm tra công tác tiêm chủng tại các trạm y tế huyện Hồng Dân", "2024-06-25"),
          ("Nâng cao năng lực xét nghiệm cho phòng xét nghiệm tuyến huyện", "2024-04-02"),
          ("Chi bộ Khoa Xét nghiệm kết nạp đảng viên mới", "2024-03-19")]),
    Site("kientuong", "Trung tâm Y tế thị xã Kiến Tường", "ttytkientuong.vn",
         "Số 81 Đường 30/4, Phường 1, thị xã Kiến Tường, tỉnh Long An", "0272.3841.246",
         "ttytkientuong@longan.gov.vn",
         [("Khám sức khỏe cho học sinh đầu năm học 2024 - 2025", "2024-09-16"),
          ("Tập huấn quản lý bệnh tăng huyết áp tại trạm y tế", "2024-08-14"),
          ("Truyền thông phòng chống đuối nước cho trẻ em mùa lũ", "2024-09-05"),
          ("Trung tâm Y tế tổ chức Hội thi bàn tay vàng năm 2024", "2024-06-27"),
          ("Kiểm tra an toàn thực phẩm Tết Trung thu", "2024-09-10"),
          ("Tuyên truyền phòng chống tác hại của thuốc lá", "2024-05-31")]),
    Site("cdcbp", "Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước", "cdcbinhphuoc.vn",
         "Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước", "0271.3879.072",
         "cdc@binhphuoc.gov.vn",
         [("Giám sát hỗ trợ chương trình tiêm chủng mở rộng tại huyện Lộc Ninh", "2024-07-10"),
          ("Bình Phước triển khai điều trị dự phòng trước phơi nhiễm HIV (PrEP)", "2024-05-08"),
          ("Tổng kết công tác phòng chống sốt rét năm 2023", "2024-01-25"),
          ("Cảnh báo ngộ độc rượu có methanol dịp cuối năm", "2023-12-12"),
          ("Tập huấn sử dụng phần mềm tiêm chủng quốc gia", "2024-03-14"),
          ("Hội nghị triển khai kế hoạch phòng chống bệnh truyền nhiễm năm 2024", "2024-02-20")]),
    Site("longan", "Sở Y tế tỉnh Long An", "soyte.longan.gov.vn",
         "Số 68 Nguyễn Huệ, Phường 1, thành phố Tân An, tỉnh Long An", "0272.3826.304", "soyte@longan.gov.vn",
         [("Long An triển khai các biện pháp phòng chống dịch bệnh viêm đường hô hấp cấp do vi rút Corona",
           "2020-02-03 16:12"),
          ("Ngành Y tế Long An họp mặt kỷ niệm 65 năm Ngày Thầy thuốc Việt Nam", "2020-02-26 10:30"),
          ("Hội nghị triển khai công tác y tế năm 2024", "2024-01-10 15:02"),
          ("Long An phấn đấu 95% dân số tham gia bảo hiểm y tế", "2023-08-22 08:45"),
          ("Kiểm tra công tác khám chữa bệnh tại Bệnh viện Đa khoa khu vực Hậu Nghĩa", "2023-05-16 09:00"),
          ("Sở Y tế tổ chức hội thi Điều dưỡng - Hộ sinh giỏi", "2023-05-11 17:20")]),
    Site("vinhlong", "Sở Y tế tỉnh Vĩnh Long", "soyte.vinhlong.gov.vn",
         "Số 47 Lê Văn Tám, Phường 1, thành phố Vĩnh Long, tỉnh Vĩnh Long", "0270.3822.127",
         "soyte@vinhlong.gov.vn",
         [("Trung tâm Y tế huyện Long Hồ tổ chức Hội nghị viên chức năm 2024", "2024-01-30"),
          ("Vĩnh Long tăng cường phòng chống bệnh sốt xuất huyết", "2024-06-11"),
          ("Trà Ôn ra quân chiến dịch tiêm vắc xin sởi", "2024-09-09"),
          ("Bệnh viện Đa khoa tỉnh phẫu thuật nội soi tái tạo dây chằng khớp gối", "2023-07-05"),
          ("Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2023", "2023-07-14"),
          ("Kiểm tra công tác dược tại các nhà thuốc trên địa bàn thành phố", "2024-03-28")]),
    Site("baclieu", "Bệnh viện Đa khoa tỉnh Bạc Liêu", "bvdkbaclieu.vn",
         "Số 06 Nguyễn Huệ, Phường 3, thành phố Bạc Liêu, tỉnh Bạc Liêu", "0291.3822.285", "bvdk@baclieu.gov.vn",
         [("Bệnh viện tổ chức Hội thi “Quy tắc ứng xử” năm 2023", "2023-09-20 16:00"),
          ("Khánh thành Khu điều trị kỹ thuật cao", "2024-01-12 10:15"),
          ("Tiếp nhận 02 máy lọc máu liên tục", "2023-08-08 14:30"),
          ("Cấp cứu thành công bệnh nhân bị vết thương thấu tim", "2023-06-29 08:50"),
          ("Hội nghị khoa học điều dưỡng năm 2024", "2024-05-10 09:40"),
          ("Lễ kết nạp đảng viên mới tại Chi bộ Khối Nội", "2023-11-03 15:10")]),
    Site("chauthanh", "Trung tâm Y tế huyện Châu Thành", "ttytchauthanh.vn",
         "Quốc lộ 1A, ấp Cá, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang", "0273.3831.227",
         "ttytchauthanh@tiengiang.gov.vn",
         [("Khám tuyển nghĩa vụ quân sự năm 2024", "2024-01-15"),
          ("Tổ chức Ngày hội hiến máu tình nguyện tại xã Bình Trưng", "2024-03-22"),
          ("Giám sát phòng chống sốt xuất huyết tại thị trấn Tân Hiệp", "2024-06-07"),
          ("Truyền thông dinh dưỡng cho bà mẹ có con dưới 2 tuổi", "2023-08-10"),
          ("Tập huấn sơ cấp cứu cho giáo viên mầm non", "2023-10-05"),
          ("Hội nghị tổng kết công tác dân số năm 2023", "2023-12-27")]),
    Site("qncdc", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam", "quangnamcdc.gov.vn",
         "Số 02 Hùng Vương, phường Tân Thạnh, thành phố Tam Kỳ, tỉnh Quảng Nam", "0235.3851.247",
         "ttksbt@quangnam.gov.vn",
         [("Hướng dẫn phòng chống bệnh sốt xuất huyết tại hộ gia đình", ""),
          ("Tăng cường công tác tiêm chủng mở rộng tại các huyện miền núi", ""),
          ("Cảnh báo ngộ độc thực phẩm do ăn thịt cóc", ""),
          ("Quảng Nam triển khai chiến dịch uống vitamin A cho trẻ em", ""),
          ("Tập huấn giám sát bệnh truyền nhiễm cho tuyến xã", ""),
          ("Khuyến cáo phòng bệnh đau mắt đỏ", "")]),
    Site("bentre", "Sở Y tế tỉnh Bến Tre", "soyte.bentre.gov.vn",
         "Số 39 Đoàn Hoàng Minh, Phường 5, thành phố Bến Tre, tỉnh Bến Tre", "0275.3822.216",
         "syt@bentre.gov.vn",
         [("Bến Tre tổ chức Hội nghị tổng kết công tác y tế năm 2023", ""),
          ("Tăng cường kiểm tra an toàn thực phẩm dịp Tết Trung thu", ""),
          ("Hướng dẫn người dân phòng chống sốt xuất huyết mùa mưa", ""),
          ("Sở Y tế làm việc với Trung tâm Y tế huyện Ba Tri", ""),
          ("Triển khai Đề án 06 trong khám chữa bệnh bảo hiểm y tế", ""),
          ("Bến Tre hưởng ứng Ngày Thế giới phòng chống lao", "")]),
]}

EXTRA_EXCERPTS = {
    # excerpts that Elementor/Flatsome post lists show under other articles' titles
    "Cần Giuộc tổ chức Ngày hội hiến máu tình nguyện đợt 1 năm 2024":
        "Sáng 19/6, Ban Chỉ đạo vận động hiến máu tình nguyện huyện tổ chức Ngày hội hiến máu đợt 1, tiếp nhận 412 đơn vị máu.",
    "Khám sức khỏe định kỳ cho người cao tuổi tại xã Long Hậu":
        "Hơn 250 người cao tuổi xã Long Hậu được khám, đo huyết áp, xét nghiệm đường huyết và cấp thuốc miễn phí.",
    "Tập huấn phòng chống tai nạn thương tích cho trẻ em":
        "Lớp tập huấn giúp giáo viên mầm non nắm vững kỹ năng sơ cứu khi trẻ bị hóc dị vật, bỏng và đuối nước.",
    "Phẫu thuật thay khớp gối toàn phần cho bệnh nhân 80 tuổi":
        "Sau 3 ngày phẫu thuật, cụ ông đã tập đi lại với khung tập dưới sự hướng dẫn của kỹ thuật viên phục hồi chức năng.",
    "Bệnh viện tiếp nhận hệ thống chụp cộng hưởng từ 1.5 Tesla":
        "Hệ thống mới giúp rút ngắn thời gian chụp, phục vụ chẩn đoán bệnh lý thần kinh, cơ xương khớp và ung bướu.",
    "Ngày hội hiến máu “Giọt hồng tri ân” năm 2024":
        "Hơn 300 viên chức, người lao động và sinh viên tham gia hiến máu, góp phần bổ sung nguồn máu dự trữ mùa hè.",
    "Hưởng ứng Tuần lễ Thế giới nuôi con bằng sữa mẹ năm 2024":
        "Bệnh viện tổ chức buổi nói chuyện chuyên đề, hướng dẫn các bà mẹ kỹ thuật cho con bú đúng cách.",
    "Cấp cứu thành công trẻ 3 tuổi hóc dị vật đường thở":
        "Bé trai được đưa đến viện trong tình trạng tím tái, các bác sĩ đã nội soi gắp dị vật là hạt đậu phộng.",
    "Khám sàng lọc thính lực cho trẻ sơ sinh":
        "Từ tháng 6, tất cả trẻ sinh tại Bệnh viện được đo âm ốc tai trước khi xuất viện.",
}


# --------------------------------------------------------------------------- URLs and other articles


def story_url(story: Story) -> str:
    site = SITES[story.site]
    slug = slugify(story.title)
    num = int.from_bytes(story.id.encode(), "big") % 90000 + 10000  # a stable id per story
    when = story.when
    return {
        "cangiuoc": f"https://{site.host}/{slug}/",
        "ndchieu": f"https://{site.host}/tin-tuc/{slug}/",
        "sannhicm": f"https://{site.host}/{slug}/",
        "cdcbl": f"https://{site.host}/{slug}/",
        "kientuong": f"https://{site.host}/{slug}/",
        "cdcbp": f"https://{site.host}/tin-tuc/{slug}.html",
        "longan": f"https://{site.host}/tin-tuc/chi-tiet/{num}/{slug}",
        "vinhlong": f"https://{site.host}/chuyen-muc-tin-tuc/id/{num % 4000 + 38000}",
        "baclieu": f"https://{site.host}/tin-tuc/{slug}-{num}.html",
        "chauthanh": f"https://{site.host}/{when:%Y/%m/%d}/{slug}/" if when else "",
        "qncdc": f"https://{site.host}/index.php/tin-tuc-su-kien/{num % 9000 + 1000}-{slug}.html",
        "bentre": f"https://{site.host}/tin-tuc/{slug}-{num}.html",
    }[story.site]


@dataclass
class Other:
    title: str
    when: dt.datetime | None
    url: str
    excerpt: str


def others(story: Story, stories: dict[str, Story]) -> list[Other]:
    """The site's other articles, newest first: the corpus' other stories of the same publisher and the
    site's extra titles (page furniture on this page)."""
    site = SITES[story.site]
    out = [Other(s.title, s.when, story_url(s), s.excerpt(24)) for s in stories.values()
           if s.site == story.site and s.id != story.id]
    for title, date in site.extras:
        url = story_url(Story("x" + title, story.site, title, date or None, []))
        out.append(Other(title, d(date) if date else None, url, EXTRA_EXCERPTS.get(title, "")))
    return sorted(out, key=lambda o: (o.when or dt.datetime(2000, 1, 1), o.title), reverse=True)


# --------------------------------------------------------------------------- article bodies


def body_html(story: Story, pg: Page, *, caption: str = "figure", lead: str = "strong", byline: str = "right",
              img_base: str = "/wp-content/uploads", p_attrs: str = "") -> str:
    """The article's paragraphs in the markup of a WYSIWYG editor (WordPress blocks, CKEditor ...).
    `caption`: figure | em | table | div; `lead`: strong | sapo | plain; `byline`: right | strong | em."""
    out = []
    img_no = 0
    year = story.when.year if story.when else 2024
    for para in story.paras:
        if para.kind == "lead":
            if lead == "sapo":
                out.append(f'<div class="sapo">{inline(para.raw)}</div>')
            elif lead == "strong":
                out.append(f"<p{p_attrs}><strong>{inline(para.raw)}</strong></p>")
            else:
                out.append(f"<p{p_attrs}>{inline(para.raw)}</p>")
        elif para.kind in ("p", "linkp"):
            out.append(f"<p{p_attrs}>{inline(para.raw)}</p>")
        elif para.kind == "caption":
            img_no += 1
            src = f"{img_base}/{year}/{story.id}-{img_no}.jpg"
            if caption == "figure":
                out.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                           f'src="{src}" alt="" class="wp-image-{4000 + img_no}"><figcaption class="wp-element-caption">'
                           f"{esc(para.text)}</figcaption></figure>")
            elif caption == "em":
                out.append(f'<p style="text-align: center;"><img loading="lazy" src="{src}" alt="" width="800" '
                           f'height="533"></p>\n<p style="text-align: center;"><em>{esc(para.text)}</em></p>')
            elif caption == "table":
                out.append(f'<table class="image center"><tbody><tr><td><img src="{src}" alt="{attr(para.text)}" '
                           f'width="700"></td></tr><tr><td class="image_desc">{esc(para.text)}</td></tr></tbody></table>')
            else:
                out.append(f'<div class="img-caption"><img src="{src}" alt=""><div class="caption">{esc(para.text)}'
                           f"</div></div>")
        elif para.kind == "gallery":
            out.append('<div class="gallery">' + "".join(
                f'<a href="{img_base}/{year}/{story.id}-g{i}.jpg" class="fancybox" rel="gallery">'
                f'<img src="{img_base}/{year}/{story.id}-g{i}-thumb.jpg" alt=""></a>' for i in range(1, 7)) + "</div>")
        elif para.kind == "attach":
            m = LINK.search(para.raw)
            scan = m.group(2).rsplit(".", 1)[0] + "-scan-1.jpg"
            out.append(f'<p><img loading="lazy" src="{attr(scan)}" alt="" width="620" height="877"></p>')
            out.append(f"<p>{inline(para.raw)}</p>")
        elif para.kind == "byline":
            inner = "<br>".join(esc(line) for line in para.text.split("\n"))
            if byline == "right":
                out.append(f'<p style="text-align: right;"><strong>{inner}</strong></p>')
            elif byline == "strong":
                out.append(f"<p><strong>{inner}</strong></p>")
            else:
                out.append(f'<p style="text-align: right;"><em>{inner}</em></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------- Elementor


def hid(*parts: str) -> str:
    """Elementor-style element id: 7 hex digits, stable per page and position."""
    return hashlib.md5("/".join(parts).encode()).hexdigest()[:7]


def el_widget(seed: str, kind: str, inner: str, cls: str = "", skin: str = "default") -> str:
    i = hid(seed, kind, cls)
    return (f'<div class="elementor-element elementor-element-{i} {cls} elementor-widget elementor-widget-{kind}" '
            f'data-id="{i}" data-element_type="widget" data-widget_type="{kind}.{skin}">\n'
            f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>')


def el_column(seed: str, size: int, inner: str, cls: str = "") -> str:
    i = hid(seed, "col", str(size), cls)
    return (f'<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element '
            f'elementor-element-{i} {cls}" data-id="{i}" data-element_type="column">\n'
            f'<div class="elementor-widget-wrap elementor-element-populated">\n{inner}\n</div>\n</div>')


def el_section(seed: str, inner: str, cls: str = "", boxed: bool = True) -> str:
    i = hid(seed, "section", cls)
    width = "elementor-section-boxed" if boxed else "elementor-section-full_width"
    return (f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{i} '
            f'{width} elementor-section-height-default {cls}" data-id="{i}" data-element_type="section">\n'
            f'<div class="elementor-container elementor-column-gap-default">\n{inner}\n</div>\n</section>')


def el_container(seed: str, inner: str, cls: str = "", parent: bool = True) -> str:
    """Elementor 3.6+ flexbox container."""
    i = hid(seed, "con", cls)
    kind = "e-parent" if parent else "e-child"
    return (f'<div class="elementor-element elementor-element-{i} e-flex e-con-boxed e-con {kind} {cls}" '
            f'data-id="{i}" data-element_type="container">\n<div class="e-con-inner">\n{inner}\n</div>\n</div>')


def el_heading(seed: str, text: str, tag: str = "h2", rec=None) -> str:
    shown = rec(text) if rec else esc(text)
    return el_widget(seed, "heading", f'<{tag} class="elementor-heading-title elementor-size-default">{shown}</{tag}>')


def el_nav(seed: str, pg: Page, items: list[tuple[str, list[str]]], site: Site) -> str:
    """nav-menu widget: the main menu and its mobile dropdown copy (same items twice)."""
    def lis(dropdown: bool) -> str:
        out = []
        for n, (item, subs) in enumerate(items):
            href = "/" if n == 0 else f"/{slugify(item)}/"
            cls = "menu-item menu-item-type-custom menu-item-object-custom" + (
                " menu-item-has-children" if subs else "")
            sub = ""
            if subs:
                sub = ('<ul class="sub-menu elementor-nav-menu--dropdown">' + "".join(
                    f'<li class="menu-item"><a href="/{slugify(s)}/" class="elementor-sub-item'
                    f'{" elementor-item-anchor" if dropdown else ""}">{pg.n(s)}</a></li>' for s in subs) + "</ul>")
            out.append(f'<li class="{cls}"><a href="{href}" class="elementor-item">{pg.n(item)}</a>{sub}</li>')
        return "".join(out)

    inner = (f'<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal '
             f'e--pointer-underline e--animation-fade"><ul id="menu-1-{hid(seed, "m")}" class="elementor-nav-menu">'
             f"{lis(False)}</ul></nav>\n"
             f'<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" '
             f'aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open '
             f'eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>\n'
             f'<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">'
             f'<ul id="menu-2-{hid(seed, "m")}" class="elementor-nav-menu">{lis(True)}</ul></nav>')
    return el_widget(seed, "nav-menu", inner, "elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet")


def el_posts(seed: str, pg: Page, items: list[Other], *, excerpt: bool, date_fmt, thumb: bool = True,
             read_more: str | None = None) -> str:
    arts = []
    for n, o in enumerate(items):
        th = (f'<a class="elementor-post__thumbnail__link" href="{attr(o.url)}" tabindex="-1"><div '
              f'class="elementor-post__thumbnail"><img loading="lazy" width="300" height="200" '
              f'src="/wp-content/uploads/thumb-{hid(o.title)}-300x200.jpg" alt=""></div></a>') if thumb else ""
        meta = (f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{esc(date_fmt(o.when))}'
                f"</span></div>") if o.when else ""
        exc = (f'<div class="elementor-post__excerpt"><p>{pg.n(o.excerpt)}</p></div>'
               if excerpt and o.excerpt else "")
        more = (f'<a class="elementor-post__read-more" href="{attr(o.url)}" aria-label="Đọc thêm về {attr(o.title)}" '
                f'tabindex="-1">{pg.n(read_more)}</a>') if read_more else ""
        arts.append(f'<article class="elementor-post elementor-grid-item post-{4700 + n} post type-post '
                    f'status-publish format-standard has-post-thumbnail hentry category-tin-tuc">{th}'
                    f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{attr(o.url)}">'
                    f"{pg.n(o.title)}</a></h3>{meta}{exc}{more}</div></article>")
    return el_widget(seed, "posts", '<div class="elementor-posts-container elementor-posts '
                                    'elementor-posts--skin-classic elementor-grid">' + "\n".join(arts) + "</div>",
                     "elementor-grid-1 elementor-posts--thumbnail-left", "classic")


def wp_comment_form(pg: Page, reply_title: str = "Trả lời", submit: str = "Phản hồi") -> str:
    return f"""<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{pg.n(reply_title)} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{pg.n("Email của bạn sẽ không được hiển thị công khai.")}</span> <span class="required-field-message">{pg.n("Các trường bắt buộc được đánh dấu")} <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">{pg.n("Bình luận")} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required></p>
<p class="comment-form-url"><label for="url">{pg.n("Trang web")}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">{pg.n("Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.")}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{attr(submit)}"> <input type="hidden" name="comment_post_ID" value="4821" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form></div><!-- #respond -->
</div>"""


def wp_head(title: str, url: str, extra: str = "", generator: str = "WordPress 6.5.5") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)}</title>
{extra}
<link rel="dns-prefetch" href="//fonts.googleapis.com">
<link rel="alternate" type="application/rss+xml" title="Dòng thông tin &raquo;" href="{attr(url.split('/', 3)[0] + '//' + url.split('/', 3)[2])}/feed/">
<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}</style>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/"><link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd">
<meta name="generator" content="{generator}">
<link rel="canonical" href="{attr(url)}">
</head>"""


def yoast(story: Story, site: Site, url: str, title_tag: str, modified: str | None = None) -> str:
    iso = story.iso if story.has_time else f"{story.when:%Y-%m-%d}T08:00:00+07:00"
    mod = modified or iso
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": "Quản trị viên", "@id": f"https://{site.host}/#/schema/person/1"},
         "headline": story.title, "datePublished": iso, "dateModified": mod,
         "mainEntityOfPage": {"@id": url}, "wordCount": len(story.body.split()),
         "publisher": {"@id": f"https://{site.host}/#organization"}, "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title_tag, "datePublished": iso,
         "dateModified": mod, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "Organization", "@id": f"https://{site.host}/#organization", "name": site.name,
         "url": f"https://{site.host}/"}]}
    return (f'<meta property="og:locale" content="vi_VN">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{attr(title_tag)}">\n'
            f'<meta property="og:description" content="{attr(story.excerpt(30))}">\n'
            f'<meta property="og:url" content="{attr(url)}">\n<meta property="og:site_name" content="{attr(site.name)}">\n'
            f'<meta property="article:published_time" content="{iso}">\n'
            f'<meta property="article:modified_time" content="{mod}">\n'
            f'<meta name="author" content="Quản trị viên">\n<meta name="twitter:card" content="summary_large_image">\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">'
            f"{json.dumps(graph, ensure_ascii=False)}</script>")


def elementor_assets(post_id: int, template_id: int) -> str:
    return (f'<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/'
            f'frontend.min.css?ver=3.21.4" media="all">\n<link rel="stylesheet" id="elementor-pro-css" '
            f'href="/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.21.2" media="all">\n'
            f'<link rel="stylesheet" id="elementor-post-{template_id}-css" href="/wp-content/uploads/elementor/css/'
            f'post-{template_id}.css?ver=1716448170" media="all">\n'
            f'<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, '
            f'additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, '
            f'font_display-swap">')


def elementor_config(story: Story, url: str, post_id: int) -> str:
    cfg = {"environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False},
           "i18n": {"shareOnFacebook": "Chia sẻ trên Facebook", "shareOnTwitter": "Chia sẻ trên Twitter",
                    "pinIt": "Ghim nó", "download": "Tải xuống"},
           "version": "3.21.4", "urls": {"assets": "/wp-content/plugins/elementor/assets/"},
           "post": {"id": post_id, "title": story.title, "excerpt": "", "featuredImage": False}}
    return f"<script>var elementorFrontendConfig = {json.dumps(cfg, ensure_ascii=False)};</script>"


def share_buttons(seed: str, pg: Page, label: str, networks: list[str]) -> str:
    btns = "".join(
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{slugify(n)}" '
        f'role="button" tabindex="0" aria-label="Chia sẻ trên {attr(n)}"><span class="elementor-share-btn__icon">'
        f'<i class="fab fa-{slugify(n)}" aria-hidden="true"></i></span><div class="elementor-share-btn__text">'
        f'<span class="elementor-share-btn__title">{esc(n)}</span></div></div></div>' for n in networks)
    return (el_heading(seed + "sh", label, "h4", pg.n) + "\n"
            + el_widget(seed, "share-buttons", f'<div class="elementor-grid">{btns}</div>',
                        "elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient"))


def post_nav(seed: str, pg: Page, prev: Other | None, nxt: Other | None, prev_label: str, next_label: str) -> str:
    def side(o: Other | None, cls: str, label: str, rel: str) -> str:
        if not o:
            return f'<div class="elementor-post-navigation__{cls} elementor-post-navigation__link"></div>'
        return (f'<div class="elementor-post-navigation__{cls} elementor-post-navigation__link"><a href="{attr(o.url)}" '
                f'rel="{rel}"><span class="elementor-post-navigation__link__{cls}"><span class="post-navigation__'
                f'{cls}--label">{pg.n(label)}</span><span class="post-navigation__{cls}--title">{pg.n(o.title)}'
                f"</span></span></a></div>")
    return el_widget(seed, "post-navigation", '<div class="elementor-post-navigation">'
                     + side(prev, "prev", prev_label, "prev")
                     + '<div class="elementor-post-navigation__separator-wrapper"><div '
                       'class="elementor-post-navigation__separator"></div></div>'
                     + side(nxt, "next", next_label, "next") + "</div>")


def info_item(seed: str, kind: str, text: str, icon: str, href: str | None = None, prefix: str = "",
              itemprop: str = "") -> str:
    inner = (f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
             f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-{kind}">'
             + (f'<span class="elementor-post-info__item-prefix">{prefix}</span>' if prefix else "") + text + "</span>")
    if href:
        inner = f'<a href="{attr(href)}">{inner}</a>'
    prop = f' itemprop="{itemprop}"' if itemprop else ""
    return (f'<li class="elementor-icon-list-item elementor-repeater-item-{hid(seed, kind)} elementor-inline-item"'
            f"{prop}>{inner}</li>")


def post_info(seed: str, items: list[str]) -> str:
    return el_widget(seed, "post-info", '<ul class="elementor-inline-items elementor-icon-list-items '
                     'elementor-post-info">' + "\n".join(items) + "</ul>")


def page_elementor_a(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """TTYT Cần Giuộc: Hello Elementor + Elementor Pro theme builder, Yoast SEO; date and time (vi 'sáng/chiều')
    in the post-info list; the article column is `l-sidebar-fixed l-article-body-segment` inside a
    `content-with-sidebar-wrp` section."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    seed = story.id
    title_tag = f"{story.title} - {site.name}"
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử hình thành", "Cơ cấu tổ chức", "Ban Giám đốc"]),
            ("Tin tức", ["Tin hoạt động", "Tin y tế", "Hoạt động Đảng - Đoàn thể"]),
            ("Dịch vụ y tế", ["Khám chữa bệnh", "Tiêm chủng dịch vụ", "Xét nghiệm"]),
            ("Lịch tiêm chủng", []), ("Văn bản", []), ("Thủ tục hành chính", []), ("Liên hệ", [])]
    header = el_section(seed + "top", el_column(seed + "t1", 50, el_widget(
        seed + "t1", "text-editor", f'<p>{pg.n("Hotline cấp cứu: 0272.3874.115")} | {pg.n("Email: " + site.email)}</p>'))
        + el_column(seed + "t2", 50, el_widget(
            seed + "t2", "text-editor", f'<p>{pg.n("Giờ làm việc: Thứ 2 - Thứ 6: 7h00 - 17h00, Thứ 7: 7h00 - 11h00")}</p>')),
        "top-bar-header", False) + "\n" + el_section(seed + "hdr", el_column(seed + "logo", 33, el_widget(
            seed, "theme-site-logo", f'<a href="https://{site.host}"><img width="80" height="80" '
            f'src="/wp-content/uploads/2022/03/logo-ttyt.png" class="attachment-full size-full" alt=""></a>',
            "elementor-widget-image") + "\n" + el_heading(seed + "sitename", site.name.upper(), "p", pg.n))
        + el_column(seed + "nav", 66, el_nav(seed, pg, menu, site)), "main-header-wrp")
    crumbs = el_widget(seed, "breadcrumbs", f'<p id="breadcrumbs"><span><span><a href="https://{site.host}/">'
                       f'{pg.n("Trang chủ")}</a></span> » <span><a href="https://{site.host}/category/tin-tuc/">'
                       f'{pg.n("Tin tức")}</a></span> » <span class="breadcrumb_last" aria-current="page">'
                       f"{esc(story.title)}</span></span></p>")
    cat = "Thông báo" if story.meta.get("tricky", "").startswith("short") else "Tin hoạt động"
    info = post_info(seed, [
        info_item(seed, "date", f"<time>{dmy(when)}</time>", "fas fa-calendar", f"https://{site.host}/{when:%Y/%m/%d}/",
                  itemprop="datePublished"),
        info_item(seed, "time", f"<time>{vi_ampm(when)}</time>", "far fa-clock"),
        info_item(seed, "author", pg.n("Quản trị viên"), "far fa-user-circle", f"https://{site.host}/author/quantri/",
                  prefix="Đăng bởi ", itemprop="author"),
        info_item(seed, "terms", f'<span class="elementor-post-info__terms-list"><a href="https://{site.host}/category/'
                  f'{slugify(cat)}/" class="elementor-post-info__terms-list-item">{pg.n(cat)}</a></span>',
                  "fas fa-tags", itemprop="about"),
        info_item(seed, "comments", pg.n("Chưa có bình luận"), "far fa-comment-dots", f"{url}#respond",
                  itemprop="commentCount")])
    content = el_widget(seed, "theme-post-content", body_html(story, pg, caption="figure", lead="strong"))
    related = [o for o in ot if o.when][:3]
    article_col = "\n".join([
        el_widget(seed, "theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">'
                  f"{esc(story.title)}</h1>", "elementor-page-title elementor-widget-heading"),
        info, el_widget(seed, "divider", '<div class="elementor-divider"><span class="elementor-divider-separator">'
                        "</span></div>"),
        content,
        share_buttons(seed, pg, "Chia sẻ bài viết:", ["Facebook", "Zalo", "Twitter", "Email"]),
        post_nav(seed, pg, ot[1] if len(ot) > 1 else None, ot[0], "Bài trước", "Bài tiếp theo"),
        el_heading(seed + "rel", "TIN LIÊN QUAN", "h3", pg.n),
        el_posts(seed + "rel", pg, related, excerpt=True, date_fmt=dmy, read_more="Xem thêm »"),
        el_widget(seed, "post-comments", wp_comment_form(pg), "", "theme_comments"),
    ])
    sidebar_col = "\n".join([
        el_widget(seed, "search-form", '<form class="elementor-search-form" role="search" action="/" method="get">'
                  '<div class="elementor-search-form__container"><input placeholder="Tìm kiếm..." '
                  'class="elementor-search-form__input" type="search" name="s" value=""><button '
                  'class="elementor-search-form__submit" type="submit" aria-label="Tìm kiếm"><i aria-hidden="true" '
                  'class="fas fa-search"></i></button></div></form>'),
        el_heading(seed + "new", "TIN MỚI NHẤT", "h3", pg.n),
        el_posts(seed + "new", pg, ot[:5], excerpt=False, date_fmt=dmy),
        el_widget(seed, "image", f'<a href="https://{site.host}/lich-tiem-chung/"><img src="/wp-content/uploads/2024/'
                  f'06/banner-lich-tiem.jpg" alt="Lịch tiêm chủng"></a><p class="widget-image-caption '
                  f'wp-caption-text">{pg.n("Lịch tiêm chủng dịch vụ hằng tuần")}</p>'),
        el_heading(seed + "stat", "LƯỢT TRUY CẬP", "h3", pg.n),
        el_widget(seed, "shortcode", f'<div class="elementor-shortcode"><ul class="wps-visitor-stats">'
                  f'<li>{pg.n("Đang truy cập: 23")}</li><li>{pg.n("Hôm nay: 1.204")}</li>'
                  f'<li>{pg.n("Tháng này: 31.877")}</li><li>{pg.n("Tổng lượt truy cập: 2.315.870")}</li></ul></div>'),
    ])
    main = el_section(seed + "main", el_column(seed + "art", 66, article_col, "l-sidebar-fixed l-article-body-segment")
                      + "\n" + el_column(seed + "side", 33, sidebar_col, "sidebar-widgets-col"),
                      "content-with-sidebar-wrp")
    footer = el_section(seed + "foot", el_column(seed + "f1", 50, el_heading(seed + "fn", site.name.upper(), "h4", pg.n)
                        + el_widget(seed + "f1", "text-editor",
                                    f'<p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone)}'
                                    f'</p><p>{pg.n("Chịu trách nhiệm nội dung: Giám đốc Trung tâm")}</p>'))
                        + el_column(seed + "f2", 50, el_heading(seed + "fl", "LIÊN KẾT WEBSITE", "h4", pg.n)
                                    + el_widget(seed + "f2", "icon-list", '<ul class="elementor-icon-list-items">'
                                                + "".join(f'<li class="elementor-icon-list-item"><span '
                                                          f'class="elementor-icon-list-text">{pg.n(x)}</span></li>'
                                                          for x in ("Bộ Y tế", "Sở Y tế tỉnh Long An",
                                                                    "Cổng Dịch vụ công quốc gia")) + "</ul>")),
                        "site-footer-widgets") + "\n" + el_section(seed + "copy", el_column(seed + "c", 100, el_widget(
                            seed + "c", "text-editor", f'<p>{pg.n("© 2024 Bản quyền thuộc về " + site.name + ".")} '
                            f'{pg.n("Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}</p>')),
                            "footer-copyright-bar")
    popup = (f'<div data-elementor-type="popup" data-elementor-id="905" class="elementor elementor-905 '
             f'elementor-location-popup" data-elementor-settings=\'{{"entrance_animation":"fadeIn","timing":[],'
             f'"triggers":{{"page_load_delay":5,"page_load":"yes"}}}}\' data-elementor-post-type="elementor_library">'
             + el_section("popup905", el_column("popup905", 100, el_heading("popup905", "ĐĂNG KÝ KHÁM BỆNH TRỰC TUYẾN",
                                                                            "h2", pg.n)
                                                + el_widget("popup905", "text-editor", "<p>" + pg.n(
                                                    "Đặt lịch khám trước để không phải chờ đợi. Gọi tổng đài "
                                                    "1900 6115 hoặc quét mã QR để đăng ký.") + "</p>")
                                                + el_widget("popup905", "button", '<div class="elementor-button-wrapper">'
                                                            f'<a class="elementor-button elementor-button-link" href="/dat-lich-kham/"><span '
                                                            f'class="elementor-button-text">{pg.n("Đặt lịch ngay")}</span></a></div>'))) + "</div>")
    cookie = (f'<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden '
              f'cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);">'
              f'<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" '
              f'class="cn-text-container">{pg.n("Website sử dụng cookie để nâng cao trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie.")}'
              f'</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" '
              f'data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Đồng ý">{pg.n("Đồng ý")}</a></span>'
              f"</div></div>")
    post_id = 4000 + int(hid(seed), 16) % 900
    return "\n".join([
        wp_head(title_tag, url, yoast(story, site, url, title_tag) + "\n" + elementor_assets(post_id, 112)),
        f'<body class="post-template-default single single-post postid-{post_id} single-format-standard '
        f'wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page-112">',
        f'<a class="skip-link screen-reader-text" href="#content">{pg.n("Chuyển đến nội dung")}</a>',
        f'<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 '
        f'elementor-location-header" data-elementor-post-type="elementor_library">\n{header}\n</div>',
        f'<div data-elementor-type="single-post" data-elementor-id="112" class="elementor elementor-112 '
        f'elementor-location-single post-{post_id} post type-post status-publish format-standard has-post-thumbnail '
        f'hentry category-tin-hoat-dong" data-elementor-post-type="elementor_library">',
        el_section(seed + "bc", el_column(seed + "bc", 100, crumbs), "page-title-bar"),
        main, "</div>",
        f'<div data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 '
        f'elementor-location-footer" data-elementor-post-type="elementor_library">\n{footer}\n</div>',
        popup, cookie, elementor_config(story, url, post_id),
        '<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js">'
        "</script>", "</body>", "</html>"])


def page_elementor_b(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """BV Nguyễn Đình Chiểu: flexbox containers (Elementor 3.6+), no SEO plugin (no date metadata),
    date as '12 Tháng Ba, 2024' in the post-info list; the category template 'Hoạt động Đảng - Đoàn thể'
    (el-06) shows author and category only, no date at all."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    seed = story.id
    title_tag = f"{story.title} – {site.name}"
    menu = [("Trang chủ", []), ("Giới thiệu", ["Tổng quan bệnh viện", "Ban Giám đốc", "Các khoa phòng"]),
            ("Tin tức - Sự kiện", ["Hoạt động bệnh viện", "Hoạt động Đảng - Đoàn thể", "Kỹ thuật mới"]),
            ("Hướng dẫn khách hàng", ["Quy trình khám bệnh", "Bảng giá viện phí"]),
            ("Đào tạo - Nghiên cứu", []), ("Cải cách hành chính", []), ("Tuyển dụng", []), ("Liên hệ", [])]
    top = el_container(seed + "top", el_widget(seed + "top", "icon-list", '<ul class="elementor-icon-list-items '
                       'elementor-inline-items">' + "".join(
                           f'<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">'
                           f"{pg.n(x)}</span></li>" for x in ("Đường dây nóng: 0966.456.115",
                                                               "Tổng đài đặt lịch khám: 1900 9095",
                                                               "Cấp cứu 24/24")) + "</ul>"), "header-top-bar")
    head = el_container(seed + "hd", el_widget(seed, "theme-site-logo", f'<a href="https://{site.host}"><img '
                        f'src="/wp-content/uploads/2021/10/logo-bv.png" alt="{attr(site.name)}"></a>',
                        "elementor-widget-image") + el_heading(seed + "sn", site.name.upper(), "div", pg.n)
                        + el_heading(seed + "sl", "Tận tâm - Chuyên nghiệp - An toàn", "div", pg.n)
                        + el_nav(seed, pg, menu, site), "header-main-wrap")
    party = story.meta.get("tricky", "").startswith("no date")
    cat = "Hoạt động Đảng - Đoàn thể" if party else "Hoạt động bệnh viện"
    items = []
    if not party:
        items.append(info_item(seed, "date", f"<time>{wp_long(when)}</time>", "fas fa-calendar-alt",
                               f"https://{site.host}/{when:%Y/%m/%d}/", itemprop="datePublished"))
    items.append(info_item(seed, "author", pg.n("Phòng CTXH"), "fas fa-user", f"https://{site.host}/author/ctxh/",
                           itemprop="author"))
    items.append(info_item(seed, "terms", f'<span class="elementor-post-info__terms-list"><a href="https://{site.host}/'
                           f'chuyen-muc/{slugify(cat)}/" class="elementor-post-info__terms-list-item">{pg.n(cat)}</a>'
                           f"</span>", "fas fa-folder-open", itemprop="about"))
    crumbs = el_widget(seed, "breadcrumbs", f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>'
                       f'<a href="https://{site.host}">{pg.n("Trang chủ")}</a><span class="separator"> / </span>'
                       f'<a href="https://{site.host}/tin-tuc/">{pg.n("Tin tức - Sự kiện")}</a><span class="separator"> '
                       f'/ </span><span class="last">{esc(story.title)}</span></p></nav>')
    art = "\n".join([
        crumbs,
        el_widget(seed, "theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">'
                  f"{esc(story.title)}</h1>", "elementor-widget-heading"),
        post_info(seed, items),
        el_widget(seed, "theme-post-featured-image", f'<img src="/wp-content/uploads/{story.id}-featured.jpg" alt="">',
                  "elementor-widget-image"),
        el_widget(seed, "theme-post-content", body_html(story, pg, caption="em", lead="plain", byline="right"),
                  "post-content-widget"),
        share_buttons(seed, pg, "Chia sẻ:", ["Facebook", "Twitter", "LinkedIn"]),
        el_heading(seed + "rel", "Các tin khác", "h3", pg.n),
        el_posts(seed + "rel", pg, ot[:4], excerpt=False, date_fmt=wp_long, thumb=True),
    ])
    side = "\n".join([
        el_heading(seed + "hot", "Tin nổi bật", "h3", pg.n),
        el_posts(seed + "hot", pg, ot[-3:], excerpt=True, date_fmt=wp_long, thumb=False),
        el_heading(seed + "lnk", "Liên kết nhanh", "h3", pg.n),
        el_widget(seed + "lnk", "icon-list", '<ul class="elementor-icon-list-items">' + "".join(
            f'<li class="elementor-icon-list-item"><a href="/{slugify(x)}/"><span class="elementor-icon-list-text">'
            f"{pg.n(x)}</span></a></li>" for x in ("Đặt lịch khám trực tuyến", "Tra cứu kết quả xét nghiệm",
                                                   "Khảo sát hài lòng người bệnh")) + "</ul>"),
        el_widget(seed, "counter", f'<div class="elementor-counter"><div class="elementor-counter-title">'
                  f'{pg.n("Lượt truy cập")}</div><div class="elementor-counter-number-wrapper"><span '
                  f'class="elementor-counter-number" data-duration="2000" data-to-value="3184502" '
                  f'data-delimiter=".">3.184.502</span></div></div>'),
    ])
    body = el_container(seed + "body", el_container(seed + "artc", art, "l-sidebar-fixed l-article-body-segment", False)
                        + "\n" + el_container(seed + "sidec", side, "sidebar-sticky-column widget-area", False),
                        "single-layout-with-sidebar")
    foot = el_container(seed + "ft", el_heading(seed + "ftn", site.name, "h4", pg.n) + el_widget(
        seed + "ft", "text-editor", f'<p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone)}'
        f' - {pg.n("Email: " + site.email)}</p><p>{pg.n("Giấy phép hoạt động khám bệnh, chữa bệnh số 179/BYT-GPHĐ")}</p>')
        + el_widget(seed + "ftc", "text-editor", f'<p>{pg.n("Copyright © 2024 Bệnh viện Nguyễn Đình Chiểu. All rights reserved.")}</p>'),
        "footer-widget-area")
    post_id = 8000 + int(hid(seed), 16) % 900
    tpl = 2210 if party else 2204
    return "\n".join([
        wp_head(title_tag, url, elementor_assets(post_id, tpl), "WordPress 6.4.3"),
        f'<body class="post-template-default single single-post postid-{post_id} single-format-standard '
        f'elementor-default elementor-template-full-width elementor-kit-5 elementor-page-{tpl}">',
        f'<div data-elementor-type="header" data-elementor-id="98" class="elementor elementor-98 '
        f'elementor-location-header">\n{top}\n{head}\n</div>',
        f'<div data-elementor-type="single-post" data-elementor-id="{tpl}" class="elementor elementor-{tpl} '
        f'elementor-location-single post-{post_id} post type-post status-publish format-standard hentry">\n{body}\n</div>',
        f'<div data-elementor-type="footer" data-elementor-id="99" class="elementor elementor-99 '
        f'elementor-location-footer">\n{foot}\n</div>',
        f'<div class="elementor-popup-modal" id="elementor-popup-modal-3120" style="display:none"></div>',
        f'<div id="zalo-chat-widget" class="zalo-chat-widget" data-oaid="4311024" data-welcome-message="'
        f'{attr("Rất vui khi được hỗ trợ bạn!")}" data-autopopup="0"></div>',
        elementor_config(story, url, post_id), "</body>", "</html>"])


def page_elementor_c(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """BV Sản - Nhi Cà Mau: Astra + Elementor Pro (old section/column markup with elementor-section-wrap),
    Rank Math meta with the published and modified times; post-info: 'Ngày đăng: 05/06/2024',
    'Cập nhật: 07/06/2024' (a custom item) and a view count."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    seed = story.id
    modified = when + dt.timedelta(days=2, hours=1, minutes=17)
    title_tag = f"{story.title} - {site.name}"
    meta = (f'<meta name="description" content="{attr(story.excerpt(28))}">\n'
            f'<meta property="og:locale" content="vi_VN">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{attr(title_tag)}">\n<meta property="og:url" content="{attr(url)}">\n'
            f'<meta property="og:site_name" content="{attr(site.name)}">\n'
            f'<meta property="article:section" content="Tin tức">\n'
            f'<meta property="og:updated_time" content="{modified:%Y-%m-%dT%H:%M:00}+07:00">\n'
            f'<meta property="article:published_time" content="{story.iso}">\n'
            f'<meta property="article:modified_time" content="{modified:%Y-%m-%dT%H:%M:00}+07:00">')
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử phát triển", "Sơ đồ tổ chức"]),
            ("Tin tức", ["Tin bệnh viện", "Kiến thức sức khỏe mẹ và bé"]), ("Khoa - Phòng", []),
            ("Dịch vụ", ["Sinh dịch vụ", "Khám thai định kỳ", "Lớp học tiền sản"]), ("Hỏi đáp", []), ("Liên hệ", [])]
    views = 300 + int(hid(seed), 16) % 1700
    info = post_info(seed, [
        info_item(seed, "date", f"<time>{dmy(when)}</time>", "fas fa-calendar", prefix="Ngày đăng: ",
                  itemprop="datePublished"),
        info_item(seed, "custom", f"Cập nhật: {dmy(modified)}", "fas fa-sync"),
        info_item(seed, "custom2", pg.n(f"Lượt xem: {views:,}".replace(",", ".")), "far fa-eye"),
    ])
    article = "\n".join([
        el_widget(seed, "theme-post-title", f'<h2 class="elementor-heading-title elementor-size-default">'
                  f"{esc(story.title)}</h2>", "elementor-widget-heading"),
        info,
        el_widget(seed, "theme-post-content", body_html(story, pg, caption="figure", lead="plain", byline="right"),
                  "entry-content-widget"),
        el_widget(seed, "text-editor", f'<div class="post-tags">{pg.n("Từ khóa:")} <a href="/tag/tre-em/">'
                  f'{pg.n("trẻ em")}</a>, <a href="/tag/suc-khoe-me-be/">{pg.n("sức khỏe mẹ và bé")}</a></div>'),
        share_buttons(seed, pg, "Chia sẻ bài viết này", ["Facebook", "Zalo", "Messenger"]),
        el_heading(seed + "rel", "BÀI VIẾT LIÊN QUAN", "h3", pg.n),
        el_posts(seed + "rel", pg, ot[2:6], excerpt=False, date_fmt=dmy),
        el_widget(seed, "post-comments", wp_comment_form(pg, "Để lại một bình luận", "Gửi bình luận"), "",
                  "theme_comments"),
    ])
    side = "\n".join([
        el_widget(seed + "sb", "sidebar", f'<section id="block-7" class="widget widget_block"><h2 class="widget-title">'
                  f'{pg.n("Chuyên mục")}</h2><ul class="wp-block-categories-list wp-block-categories">'
                  + "".join(f'<li class="cat-item"><a href="/chuyen-muc/{slugify(c)}/">{pg.n(c)}</a> ({n})</li>'
                            for c, n in (("Tin bệnh viện", 214), ("Kiến thức sức khỏe mẹ và bé", 87),
                                         ("Hoạt động công đoàn", 35), ("Thông báo", 52)))
                  + f'</ul></section><section id="block-9" class="widget widget_block"><h2 class="widget-title">'
                    f'{pg.n("Bài viết mới")}</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">'
                  + "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{attr(o.url)}">{pg.n(o.title)}'
                            f'</a><time datetime="{o.when:%Y-%m-%dT08:00:00+07:00}" class="wp-block-latest-posts__post-date">'
                            f"{dmy(o.when)}</time></li>" for o in ot[:5])
                  + "</ul></section>"),
        el_widget(seed, "html", f'<div class="hotline-box"><p>{pg.n("TỔNG ĐÀI TƯ VẤN SẢN - NHI")}</p><p class="hotline-number">'
                  f'{pg.n("0290 3831 015 - 0918 115 115")}</p></div>'),
    ])
    sections = "\n".join([
        el_section(seed + "main", el_column(seed + "a", 66, article, "single-main-col post-content-with-sidebar")
                   + "\n" + el_column(seed + "s", 33, side, "elementor-widget-sidebar-col secondary-sidebar"),
                   "sidebar-content-area entry-widget-box"),
    ])
    return "\n".join([
        wp_head(title_tag, url, meta + "\n" + elementor_assets(6000, 1450), "WordPress 6.3.2"),
        '<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single '
        'single-post single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.1.5 '
        'ast-single-post elementor-default elementor-kit-8 elementor-page-1450">',
        '<div class="hfeed site" id="page">',
        f'<a class="skip-link screen-reader-text" href="#content">{pg.n("Bỏ qua nội dung")}</a>',
        '<div data-elementor-type="header" data-elementor-id="1431" class="elementor elementor-1431 '
        'elementor-location-header"><div class="elementor-section-wrap">',
        el_section(seed + "hd", el_column(seed + "hl", 25, el_widget(seed, "theme-site-logo", '<img src="/wp-content/'
                   'uploads/2020/05/logo-sannhi.png" alt="">', "elementor-widget-image"))
                   + el_column(seed + "hn", 75, el_heading(seed + "h1", site.name.upper(), "h2", pg.n)
                               + el_heading(seed + "h2", "Vì sức khỏe bà mẹ và trẻ em", "p", pg.n)), "site-branding-row"),
        el_section(seed + "nv", el_column(seed + "nv", 100, el_nav(seed, pg, menu, site)), "main-menu-row", False),
        "</div></div>",
        '<div id="content" class="site-content"><div class="ast-container">',
        '<div data-elementor-type="single-post" data-elementor-id="1450" class="elementor elementor-1450 '
        'elementor-location-single post type-post status-publish format-standard has-post-thumbnail hentry '
        'category-tin-benh-vien"><div class="elementor-section-wrap">', sections, "</div></div>",
        "</div></div>",
        '<div data-elementor-type="footer" data-elementor-id="1437" class="elementor elementor-1437 '
        'elementor-location-footer"><div class="elementor-section-wrap">',
        el_section(seed + "ft", el_column(seed + "f1", 50, el_widget(seed + "f1", "text-editor",
                   f'<h4>{pg.n(site.name.upper())}</h4><p>{pg.n("Địa chỉ: " + site.address)}</p>'
                   f'<p>{pg.n("Điện thoại: " + site.phone)}</p><p>{pg.n("Email: " + site.email)}</p>'))
                   + el_column(seed + "f2", 50, el_widget(seed + "f2", "text-editor",
                               f'<h4>{pg.n("GIỜ LÀM VIỆC")}</h4><p>{pg.n("Khám bệnh: 7h00 - 17h00 từ thứ Hai đến thứ Bảy")}</p>'
                               f'<p>{pg.n("Cấp cứu: 24/7")}</p>')), "footer-widgets-section"),
        el_section(seed + "cp", el_column(seed + "cp", 100, el_widget(seed + "cp", "text-editor",
                   f'<p>{pg.n("Bản quyền © 2024 Bệnh viện Sản - Nhi tỉnh Cà Mau")} | {pg.n("Thiết kế web bởi VNPT Cà Mau")}</p>')),
                   "footer-bottom"),
        "</div></div>",
        f'<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center '
        f'moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" role="note" aria-label="GDPR Cookie Banner">'
        f'<div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div '
        f'class="moove-gdpr-cookie-notice"><p>{pg.n("Chúng tôi sử dụng cookie để mang đến cho bạn trải nghiệm tốt nhất trên website.")}'
        f'</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all '
        f'gdpr-fbo-0" aria-label="Chấp nhận">{pg.n("Chấp nhận")}</button></div></div></div></div>',
        "</div>", elementor_config(story, url, 6000), "</body>", "</html>"])


# --------------------------------------------------------------------------- Flatsome


def fs_menu_items(pg: Page, menu: list[tuple[str, list[str]]], top_cls: str) -> str:
    out = []
    for n, (item, subs) in enumerate(menu):
        mid = 20 + n * 7
        if subs:
            sub = "".join(f'<li id="menu-item-{mid + k + 1}" class="menu-item menu-item-type-taxonomy '
                          f'menu-item-object-category menu-item-{mid + k + 1}"><a href="/{slugify(s)}/">{pg.n(s)}</a></li>'
                          for k, s in enumerate(subs))
            out.append(f'<li id="menu-item-{mid}" class="menu-item menu-item-type-custom menu-item-has-children '
                       f'menu-item-{mid} menu-item-design-default has-dropdown"><a href="/{slugify(item)}/" '
                       f'class="{top_cls}" aria-expanded="false" aria-haspopup="menu">{pg.n(item)}<i '
                       f'class="icon-angle-down"></i></a><ul class="sub-menu nav-dropdown nav-dropdown-default">{sub}'
                       f"</ul></li>")
        else:
            href = "/" if n == 0 else f"/{slugify(item)}/"
            out.append(f'<li id="menu-item-{mid}" class="menu-item menu-item-type-post_type menu-item-object-page '
                       f'menu-item-{mid} menu-item-design-default"><a href="{href}" class="{top_cls}">{pg.n(item)}</a></li>')
    return "".join(out)


def fs_header(pg: Page, site: Site, menu, topbar: list[str], logo_text: str | None = None) -> str:
    top = "".join(f'<li class="html custom html_topbar_left">{pg.n(x)}</li>' for x in topbar)
    logo = (f'<a href="https://{site.host}/" title="{attr(site.name)}" rel="home"><img width="300" height="90" '
            f'src="/wp-content/uploads/2023/02/logo.png" class="header_logo header-logo" alt="{attr(site.name)}">'
            f'<img width="300" height="90" src="/wp-content/uploads/2023/02/logo.png" class="header-logo-dark" '
            f'alt="{attr(site.name)}"></a>')
    if logo_text:
        logo += f'<p class="logo-tagline is-small">{pg.n(logo_text)}</p>'
    return f"""<header id="header" class="header has-sticky sticky-jump">
<div class="header-wrapper">
<div id="top-bar" class="header-top hide-for-sticky nav-dark">
<div class="flex-row container"><div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small nav-divided">{top}</ul></div>
<div class="flex-col hide-for-medium flex-right"><ul class="nav top-bar-nav nav-right nav-small nav-divided"><li class="html header-social-icons ml-0"><div class="social-icons follow-icons"><a href="https://www.facebook.com/" target="_blank" data-label="Facebook" class="icon plain facebook tooltip" title="Theo dõi trên Facebook" aria-label="Theo dõi trên Facebook" rel="noopener nofollow"><i class="icon-facebook"></i></a><a href="https://www.youtube.com/" target="_blank" data-label="YouTube" class="icon plain youtube tooltip" title="Theo dõi trên YouTube" aria-label="Theo dõi trên YouTube" rel="noopener nofollow"><i class="icon-youtube"></i></a></div></li></ul></div></div>
</div>
<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
<div id="logo" class="flex-col logo">{logo}</div>
<div class="flex-col show-for-medium flex-left"><ul class="mobile-nav nav nav-left"><li class="nav-icon has-icon"><a href="#" data-open="#main-menu" data-pos="left" data-bg="main-menu-overlay" class="is-small" aria-label="Menu" aria-controls="main-menu" aria-expanded="false"><i class="icon-menu"></i></a></li></ul></div>
<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase">{fs_menu_items(pg, menu, "nav-top-link")}
<li class="header-search header-search-dropdown has-icon has-dropdown menu-item-has-children"><a href="#" aria-label="Tìm kiếm" class="is-small"><i class="icon-search"></i></a><ul class="nav-dropdown nav-dropdown-default"><li class="header-search-form search-form html relative has-icon"><div class="header-search-form-wrapper"><div class="searchform-wrapper ux-search-box relative is-normal"><form method="get" class="searchform" action="/" role="search"><div class="flex-row relative"><div class="flex-col flex-grow"><input type="search" class="search-field mb-0" name="s" value="" placeholder="Tìm kiếm&hellip;"></div><div class="flex-col"><button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Gửi"><i class="icon-search"></i></button></div></div></form></div></div></li></ul></li></ul></div>
</div></div>
<div class="header-bg-container fill"><div class="header-bg-image fill"></div><div class="header-bg-color fill"></div></div>
</div>
</header>"""


def fs_badge(when: dt.datetime, cls: str = "badge absolute top post-date badge-outline") -> str:
    return (f'<div class="{cls}"><div class="badge-inner"><span class="post-date-day">{when:%d}</span><br>'
            f'<span class="post-date-month is-small">{month_abbr(when)}</span></div></div>')


def fs_recent(pg: Page, items: list[Other], title: str = "Bài viết mới") -> str:
    lis = "".join(
        f'<li class="recent-blog-posts-li"><div class="flex-row recent-blog-posts align-top pt-half pb-half">'
        f'<div class="flex-col mr-half">{fs_badge(o.when, "badge post-date badge-small badge-outline")}</div>'
        f'<div class="flex-col flex-grow"><a href="{attr(o.url)}" title="{attr(o.title)}">{pg.n(o.title)}</a>'
        f'<span class="post_comments op-7 block is-xsmall"><a href="{attr(o.url)}#respond"></a></span></div></div></li>'
        for o in items)
    return (f'<aside id="flatsome_recent_posts-2" class="widget flatsome_recent_posts"><span class="widget-title ">'
            f'<span>{pg.n(title)}</span></span><div class="is-divider small"></div><ul>{lis}</ul></aside>')


def fs_widget(pg: Page, wid: str, cls: str, title: str, inner: str) -> str:
    return (f'<aside id="{wid}" class="widget {cls}"><span class="widget-title "><span>{pg.n(title)}</span></span>'
            f'<div class="is-divider small"></div>{inner}</aside>')


def fs_share(pg: Page, url: str, title: str) -> str:
    q = attr(url)
    return (f'<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons '
            f'share-icons share-row relative"><a href="whatsapp://send?text={q}" data-action="share/whatsapp/share" '
            f'class="icon button circle is-outline tooltip whatsapp show-for-medium" title="Chia sẻ qua WhatsApp" '
            f'aria-label="Chia sẻ qua WhatsApp"><i class="icon-whatsapp"></i></a><a href="https://www.facebook.com/'
            f'sharer.php?u={q}" data-label="Facebook" rel="noopener nofollow" target="_blank" class="icon button circle '
            f'is-outline tooltip facebook" title="Chia sẻ lên Facebook" aria-label="Chia sẻ lên Facebook"><i '
            f'class="icon-facebook"></i></a><a href="mailto:?subject={attr(title)}&amp;body={q}" rel="nofollow" '
            f'class="icon button circle is-outline tooltip email" title="Gửi email cho bạn bè" aria-label="Gửi email '
            f'cho bạn bè"><i class="icon-envelop"></i></a><a href="https://zalo.me/share?u={q}" class="icon button '
            f'circle is-outline tooltip zalo" title="Chia sẻ qua Zalo" aria-label="Chia sẻ qua Zalo"><i '
            f'class="icon-zalo"></i></a></div></div>')


def fs_nav_below(pg: Page, prev: Other | None, nxt: Other | None) -> str:
    p = (f'<div class="nav-previous"><a href="{attr(prev.url)}" rel="prev"><span class="hide-for-small"><i '
         f'class="icon-angle-left"></i></span> {pg.n(prev.title)}</a></div>') if prev else ""
    n = (f'<div class="nav-next"><a href="{attr(nxt.url)}" rel="next">{pg.n(nxt.title)} <span class="hide-for-small">'
         f'<i class="icon-angle-right"></i></span></a></div>') if nxt else ""
    return (f'<nav role="navigation" id="nav-below" class="navigation-post"><div class="flex-row next-prev-nav bt bb">'
            f'<div class="flex-col flex-grow nav-prev text-left">{p}</div><div class="flex-col flex-grow nav-next '
            f'text-right">{n}</div></div></nav>')


def fs_footer(pg: Page, site: Site, columns: list[tuple[str, list[str]]], copyright_: str, menu) -> str:
    cols = "".join(f'<div id="text-{k + 4}" class="col pb-0 widget widget_text"><span class="widget-title">'
                   f'{pg.n(title)}</span><div class="is-divider small"></div><div class="textwidget">'
                   + "".join(f"<p>{pg.n(line)}</p>" for line in lines) + "</div></div>"
                   for k, (title, lines) in enumerate(columns))
    return f"""<footer id="footer" class="footer-wrapper">
<div class="footer-widgets footer footer-2 dark"><div class="row dark large-columns-{len(columns)} mb-0">{cols}</div></div>
<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">{pg.n(copyright_)}</div></div></div></div>
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Lên đầu trang"><i class="icon-angle-up"></i></a>
</footer>
</div>
<div id="main-menu" class="mobile-sidebar no-scrollbar mfp-hide"><div class="sidebar-menu no-scrollbar"><ul class="nav nav-sidebar nav-vertical nav-uppercase" data-tab="1">{fs_menu_items(pg, menu, "")}</ul></div></div>"""


def fs_cookies(pg: Page, text: str, button: str) -> str:
    return (f'<div class="flatsome-cookies"><div class="flatsome-cookies__inner"><div class="flatsome-cookies__text">'
            f'{pg.n(text)}</div><div class="flatsome-cookies__buttons"><a href="#" class="button primary '
            f'flatsome-cookies__accept-btn"><span>{pg.n(button)}</span></a></div></div></div>')


def fs_page(head: str, body_cls: str, header: str, main: str, footer: str, tail: str) -> str:
    return "\n".join([head, f'<body class="{body_cls}">',
                      '<a class="skip-link screen-reader-text" href="#main">Bỏ qua nội dung</a>',
                      '<div id="wrapper">', header, '<main id="main" class="">', main, "</main>", footer, tail,
                      '<script id="flatsome-js-js-extra">var flatsomeVars = {"theme":{"version":"3.18.7"},'
                      '"ajaxurl":"\\/wp-admin\\/admin-ajax.php","rtl":"","sticky_height":"70","options":'
                      '{"cookie_notice_version":"1"}};</script>', "</body>", "</html>"])


def fs_comments(pg: Page) -> str:
    return wp_comment_form(pg)


def page_flatsome_a(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """CDC Bạc Liêu: classic Flatsome blog single, meta line visible ('Đăng vào' + published and updated
    <time>s), a date badge on the featured image, right sidebar with recent posts in badges."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    updated = when + dt.timedelta(days=3, hours=-6, minutes=12)
    title_tag = f"{story.title} – {site.name}"
    menu = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Cơ cấu tổ chức"]),
            ("Tin tức", ["Tin hoạt động", "Phòng chống dịch bệnh", "Hoạt động Đảng - Đoàn thể"]),
            ("Truyền thông GDSK", []), ("Tiêm chủng", ["Tiêm chủng mở rộng", "Tiêm chủng dịch vụ"]),
            ("Văn bản", []), ("Liên hệ", [])]
    cat = "Thông báo" if story.meta.get("tricky", "").startswith("short") else "Tin hoạt động"
    article = f"""<div id="content" class="blog-wrapper blog-single page-wrapper">
<div class="row row-large row-divided ">
<div class="large-9 col">
<article id="post-{3000 + int(hid(story.id), 16) % 900}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(cat)}">
<div class="article-inner ">
<header class="entry-header">
<div class="entry-header-text entry-header-text-top text-left">
<h6 class="entry-category is-xsmall"><a href="https://{site.host}/category/{slugify(cat)}/" rel="category tag">{pg.n(cat.upper())}</a></h6>
<h1 class="entry-title">{esc(story.title)}</h1>
<div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall">
<span class="posted-on">Đăng vào <a href="{attr(url)}" rel="bookmark"><time class="entry-date published" datetime="{story.iso}">{dmy(when)}</time><time class="updated" datetime="{updated:%Y-%m-%dT%H:%M:00}+07:00">{dmy(updated)}</time></a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="https://{site.host}/author/admin/">{pg.n("ksbt_admin")}</a></span></span></div>
</div>
<div class="entry-image relative">
<a href="{attr(url)}"><img width="1020" height="680" src="/wp-content/uploads/{when:%Y/%m}/{story.id}-featured.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async"></a>
{fs_badge(when)}
</div>
</header>
<div class="entry-content single-page">
{body_html(story, pg, caption="figure", lead="strong", byline="right")}
{fs_share(pg, url, story.title)}
</div>
<footer class="entry-meta text-left">{pg.n("Bài viết này được đăng trong")} <a href="https://{site.host}/category/{slugify(cat)}/" rel="category tag">{esc(cat)}</a>. Đánh dấu <a href="{attr(url)}" title="Liên kết tĩnh" rel="bookmark">{pg.n("đường dẫn tĩnh")}</a>.</footer>
<div class="entry-author author-box"><div class="flex-row align-top"><div class="flex-col mr circle"><div class="blog-author-image"><img alt="" src="https://secure.gravatar.com/avatar/6b1c?s=90&amp;d=mm&amp;r=g" class="avatar avatar-90 photo" height="90" width="90"></div></div><div class="flex-col flex-grow"><h5 class="author-name uppercase pt-half">{esc("ksbt_admin")}</h5><p class="author-desc small">{pg.n("Ban biên tập Trang thông tin điện tử Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu")}</p></div></div></div>
{fs_nav_below(pg, ot[1] if len(ot) > 1 else None, ot[0])}
</div>
</article>
{fs_comments(pg)}
</div>
<div class="post-sidebar large-3 col">
<div id="secondary" class="widget-area " role="complementary">
<aside id="search-2" class="widget widget_search"><form method="get" class="searchform" action="/" role="search"><div class="flex-row relative"><div class="flex-col flex-grow"><input type="search" class="search-field mb-0" name="s" value="" placeholder="Tìm kiếm&hellip;"></div><div class="flex-col"><button type="submit" class="ux-search-submit submit-button secondary button icon mb-0" aria-label="Gửi"><i class="icon-search"></i></button></div></div></form></aside>
{fs_recent(pg, [o for o in ot if o.when][:5])}
{fs_widget(pg, "categories-2", "widget_categories", "Chuyên mục", "<ul>" + "".join(f'<li class="cat-item"><a href="/category/{slugify(c)}/">{pg.n(c)}</a> ({n})</li>' for c, n in (("Phòng chống dịch bệnh", 312), ("Hoạt động Đảng - Đoàn thể", 64), ("Tiêm chủng mở rộng", 118))) + "</ul>")}
{fs_widget(pg, "text-3", "widget_text", "Thống kê truy cập", '<div class="textwidget"><p>' + pg.n("Đang online: 19") + "<br>" + pg.n("Lượt truy cập: 1.027.455") + "</p></div>")}
</div>
</div>
</div>
</div>"""
    head = wp_head(title_tag, url, "", "WordPress 6.5.2")
    header = fs_header(pg, site, menu, ["Đường dây nóng: 0291.3824.115", "Email: " + site.email])
    footer = fs_footer(pg, site, [("Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu",
                                   ["Địa chỉ: " + site.address, "Điện thoại: " + site.phone]),
                                  ("Giờ làm việc", ["Sáng: 7h00 - 11h00", "Chiều: 13h00 - 17h00 (Thứ 2 - Thứ 6)"]),
                                  ("Liên kết", ["Cục Y tế dự phòng", "Viện Pasteur TP. Hồ Chí Minh"])],
                       "Copyright 2024 © Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu", menu)
    return fs_page(head, "post-template-default single single-post single-format-standard lightbox "
                         "nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border",
                   header, article, footer,
                   fs_cookies(pg, "Trang web này sử dụng cookie để cải thiện trải nghiệm người dùng.", "Tôi đồng ý"))


def page_flatsome_b(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """TTYT Kiến Tường: 'featured title' layout (category and title in a page-title bar above the content,
    outside .article-inner), the meta line switched off: the only visible date is the badge (day, 'Th7', no
    year); Yoast gives the full date in meta and JSON-LD. Content built with UX Builder rows."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    title_tag = f"{story.title} - {site.name}"
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử", "Ban Giám đốc", "Khoa - Phòng"]),
            ("Tin tức", ["Tin hoạt động", "Y tế cơ sở"]), ("Dịch vụ", ["Khám bệnh", "Tiêm chủng"]),
            ("Góc sức khỏe", []), ("Thủ tục hành chính", []), ("Liên hệ", [])]
    rows = []
    paras = body_html(story, pg, caption="em", lead="strong", byline="right").split("\n")
    half = max(1, len(paras) // 2)
    for k, chunk in enumerate((paras[:half], paras[half:])):
        rows.append(f'<div class="row" id="row-{1270 + k}"><div id="col-{880 + k}" class="col small-12 large-12">'
                    f'<div class="col-inner">\n' + "\n".join(chunk) + "\n</div></div></div>")
    content = (f'<div class="gap-element clearfix" id="gap-{hid(story.id)}" style="display:block; height:auto;"></div>\n'
               + f'\n<div class="is-divider divider clearfix" style="max-width:100%;height:1px;"></div>\n'.join(rows))
    main = f"""<div class="page-title blog-featured-title featured-title no-overflow">
<div class="page-title-bg fill"><div class="title-bg fill bg-fill bg-top" style="background-image: url('/wp-content/uploads/{when:%Y/%m}/{story.id}-bg.jpg');" data-parallax-fade="true" data-parallax="-2" data-parallax-background data-parallax-container=".page-title"></div><div class="title-overlay fill" style="background-color: rgba(0,0,0,.5)"></div></div>
<div class="page-title-inner container flex-row dark is-large" style="min-height: 300px"><div class="flex-col flex-center text-center">
<h6 class="entry-category is-xsmall"><a href="https://{site.host}/tin-hoat-dong/" rel="category tag">{pg.n("Tin hoạt động")}</a></h6>
<h1 class="entry-title">{esc(story.title)}</h1>
<div class="entry-divider is-divider small"></div>
</div></div>
</div>
<div id="content" class="blog-wrapper blog-single page-wrapper">
<div class="row row-large ">
<div class="large-9 col">
<article id="post-{2000 + int(hid(story.id), 16) % 900}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-tin-hoat-dong">
<div class="article-inner ">
<header class="entry-header"><div class="entry-image relative"><a href="{attr(url)}"><img width="1020" height="574" src="/wp-content/uploads/{when:%Y/%m}/{story.id}-1020x574.jpg" class="attachment-large size-large wp-post-image" alt=""></a>{fs_badge(when)}</div></header>
<div class="entry-content single-page">
{content}
{fs_share(pg, url, story.title)}
</div>
<div class="html-before-comments mb">{pg.n("Mọi ý kiến đóng góp xin gửi về hộp thư của Trung tâm hoặc đường dây nóng 0272.3841.115.")}</div>
{fs_nav_below(pg, ot[1] if len(ot) > 1 else None, ot[0])}
</div>
</article>
</div>
<div class="post-sidebar large-3 col">
<div id="secondary" class="widget-area " role="complementary">
{fs_recent(pg, [o for o in ot if o.when][:6], "Tin mới cập nhật")}
{fs_widget(pg, "media_image-2", "widget_media_image", "Đường dây nóng", '<a href="tel:02723841115"><img width="300" height="150" src="/wp-content/uploads/2023/05/duong-day-nong.png" class="image wp-image-95 attachment-medium size-medium" alt="Đường dây nóng" style="max-width: 100%; height: auto;"></a>')}
{fs_widget(pg, "block-4", "widget_block", "Liên kết hữu ích", "<ul>" + "".join(f'<li><a href="#">{pg.n(x)}</a></li>' for x in ("Cổng thông tin Bộ Y tế", "Sở Y tế tỉnh Long An", "Tra cứu thẻ bảo hiểm y tế")) + "</ul>")}
{fs_widget(pg, "custom_html-2", "widget_custom_html", "Lượt truy cập", '<div class="textwidget custom-html-widget"><p>' + pg.n("Hôm nay: 312") + "</p><p>" + pg.n("Tổng cộng: 604.118") + "</p></div>")}
</div></div>
</div></div>"""
    head = wp_head(title_tag, url, yoast(story, site, url, title_tag), "WordPress 6.4.5")
    header = fs_header(pg, site, menu, ["Cấp cứu 24/7: 0272.3841.115", "Giờ khám bệnh: 7h00 - 16h30"],
                       "Vì sức khỏe cộng đồng")
    footer = fs_footer(pg, site, [("Liên hệ", ["Địa chỉ: " + site.address, "Điện thoại: " + site.phone,
                                               "Email: " + site.email]),
                                  ("Bản đồ", ["Xem đường đi đến Trung tâm Y tế thị xã"])],
                       "Copyright 2024 © Trung tâm Y tế thị xã Kiến Tường | Thiết kế bởi Long An Web", menu)
    popup = (f'<div id="newsletter-signup-link" class="lightbox-by-id lightbox-content mfp-hide lightbox-white " '
             f'style="max-width:600px ;padding:20px"><h3>{pg.n("Đăng ký nhận tin")}</h3><p>'
             f'{pg.n("Nhận thông báo lịch tiêm chủng và tin tức y tế mới nhất qua email.")}</p></div>')
    return fs_page(head, "post-template-default single single-post single-format-standard lightbox "
                         "nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border parallax-mobile",
                   header, main, footer, popup + fs_cookies(pg, "Chúng tôi sử dụng cookie để tối ưu trải nghiệm trên website.", "Chấp nhận"))


def page_flatsome_c(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """CDC Bình Phước: centred entry header, date 'Tháng Bảy 23, 2024' (vi 'F j, Y') in a <time datetime>,
    the related-posts block is appended inside .entry-content (a global UX block after the post)."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    title_tag = f"{story.title} | {site.name}"
    menu = [("Trang chủ", []), ("Giới thiệu", ["Giới thiệu chung", "Các khoa, phòng"]),
            ("Tin tức - Sự kiện", ["Tin trong tỉnh", "Tin trong nước"]),
            ("Phòng chống dịch", ["Sốt xuất huyết", "Tay chân miệng", "Sởi"]), ("Dinh dưỡng", []),
            ("Hỏi đáp", []), ("Liên hệ", [])]
    related = [o for o in ot if o.when][:3]
    rel_items = "".join(
        f'<div class="col post-item"><div class="col-inner"><a href="{attr(o.url)}" class="plain"><div class="box '
        f'box-normal box-text-bottom box-blog-post has-hover"><div class="box-image"><div class="image-cover" '
        f'style="padding-top:56%;"><img loading="lazy" width="300" height="200" src="/wp-content/uploads/rel-'
        f'{hid(o.title)}.jpg" alt=""></div></div><div class="box-text text-left"><div class="box-text-inner '
        f'blog-post-inner"><h5 class="post-title is-large ">{pg.n(o.title)}</h5><div class="is-divider"></div>'
        f'<p class="from_the_blog_excerpt ">{pg.n(o.excerpt) if o.excerpt else ""}</p></div></div>{fs_badge(o.when)}</div></a></div></div>'
        for o in related)
    related_block = (f'<div class="container section-title-container"><h3 class="section-title section-title-normal">'
                     f'<b></b><span class="section-title-main">{pg.n("Tin liên quan")}</span><b></b></h3></div>'
                     f'<div class="row large-columns-3 medium-columns- small-columns-1 slider row-slider '
                     f'slider-nav-reveal slider-nav-push" data-flickity-options=\'{{"imagesLoaded": true, '
                     f'"groupCells": "100%", "dragThreshold" : 5, "cellAlign": "left","wrapAround": true}}\'>'
                     f"{rel_items}</div>")
    main = f"""<div id="content" class="blog-wrapper blog-single page-wrapper">
<div class="row row-large row-divided ">
<div class="large-9 col">
<article id="post-{5000 + int(hid(story.id), 16) % 900}" class="post type-post status-publish format-standard hentry category-tin-trong-tinh">
<div class="article-inner ">
<header class="entry-header">
<div class="entry-header-text entry-header-text-top text-center">
<h6 class="entry-category is-xsmall"><a href="https://{site.host}/tin-trong-tinh/" rel="category tag">{pg.n("Tin trong tỉnh")}</a></h6>
<h1 class="entry-title">{esc(story.title)}</h1>
<div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng vào <a href="{attr(url)}" rel="bookmark"><time class="entry-date published updated" datetime="{story.iso}">{wp_fjy(when)}</time></a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="https://{site.host}/author/bientap/">{pg.n("Ban Biên tập")}</a></span></span></div>
</div>
</header>
<div class="entry-content single-page">
{body_html(story, pg, caption="figure", lead="strong", byline="strong")}
{related_block}
{fs_share(pg, url, story.title)}
</div>
<footer class="entry-meta text-center">{pg.n("Bài viết này được đăng trong")} <a href="https://{site.host}/tin-trong-tinh/" rel="category tag">Tin trong tỉnh</a>.</footer>
{fs_nav_below(pg, ot[1] if len(ot) > 1 else None, ot[0])}
</div>
</article>
{fs_comments(pg)}
</div>
<div class="post-sidebar large-3 col">
<div id="secondary" class="widget-area " role="complementary">
{fs_widget(pg, "block-2", "widget_block", "Thông báo", "<ul>" + "".join(f'<li><a href="#">{pg.n(x)}</a></li>' for x in ("Lịch tiêm chủng dịch vụ tháng 8/2024", "Thông báo tuyển dụng viên chức năm 2024")) + "</ul>")}
{fs_recent(pg, [o for o in ot if o.when][3:8], "Tin mới")}
{fs_widget(pg, "custom_html-3", "widget_custom_html", "Thống kê", '<div class="textwidget"><p>' + pg.n("Lượt truy cập: 845.207") + "</p><p>" + pg.n("Đang xem: 14") + "</p></div>")}
</div></div>
</div></div>"""
    head = wp_head(title_tag, url, "", "WordPress 6.5.5")
    header = fs_header(pg, site, menu, ["Đường dây nóng: 0271.3879.115"])
    footer = fs_footer(pg, site, [("Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước",
                                   ["Địa chỉ: " + site.address, "Điện thoại: " + site.phone,
                                    "Người chịu trách nhiệm: Giám đốc Trung tâm"])],
                       "Bản quyền thuộc Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                       menu)
    return fs_page(head, "post-template-default single single-post single-format-standard lightbox "
                         "nav-dropdown-has-arrow", header, main, footer,
                   fs_cookies(pg, "Website có sử dụng cookie. Tiếp tục truy cập đồng nghĩa với việc bạn chấp nhận điều này.", "Đồng ý"))


# --------------------------------------------------------------------------- unit name in <title> and <h1>


def simple_menu(pg: Page, menu: list[tuple[str, list[str]]], ul_cls: str, sub_cls: str = "sub") -> str:
    out = []
    for n, (item, subs) in enumerate(menu):
        href = "/" if n == 0 else f"/{slugify(item)}"
        sub = (f'<ul class="{sub_cls}">' + "".join(f'<li><a href="/{slugify(s)}">{pg.n(s)}</a></li>' for s in subs)
               + "</ul>") if subs else ""
        out.append(f'<li><a href="{href}">{pg.n(item)}</a>{sub}</li>')
    return f'<ul class="{ul_cls}">' + "".join(out) + "</ul>"


def page_unit_longan(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """Sở Y tế Long An: XHTML-era portal; <title> 'Sở Y tế tỉnh Long An - Headline'; the unit's name is the
    page's only <h1> (the logo); 'Tiếng Việt | English' and today's date on top; date line
    '18/02/2020 - 21:04' above an <h2> headline; share bar, 'Các tin khác' with dates."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    party = "Đảng" in story.title
    cat = "Hoạt động Đảng, Đoàn thể" if party else "Tin hoạt động"
    menu = [("Trang chủ", []), ("Giới thiệu", ["Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở"]),
            ("Tin tức - Sự kiện", ["Tin hoạt động", "Hoạt động Đảng, Đoàn thể", "Thông tin y tế"]),
            ("Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản quy phạm pháp luật"]), ("Thủ tục hành chính", []),
            ("Hỏi đáp", []), ("Liên hệ", [])]
    views = 800 + int(hid(story.id), 16) % 2500
    other_li = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="date">({o.when:%d/%m/%Y})</span>'
                       f"</li>" for o in ot[:6])
    read_li = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a></li>' for o in ot[-3:])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(site.name)} - {esc(story.title)}</title>
<meta name="keywords" content="Sở Y tế Long An, y tế, sức khỏe" />
<meta name="description" content="{attr(story.excerpt(25))}" />
<link href="/Portals/0/skin/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Portals/0/skin/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="wrapper">
<div class="top-links"><div class="lang"><a href="/" class="active">{pg.n("Tiếng Việt")}</a> | <a href="/en/">{pg.n("English")}</a></div><div class="today">Thứ hai, 08/12/2025</div><div class="top-login"><a href="/dang-nhap">{pg.n("Đăng nhập")}</a></div></div>
<div id="header"><div class="banner"><a href="/" class="logo"><img src="/Portals/0/skin/images/quoc-huy.png" alt="" /></a><h1 class="site-name"><a href="/">{pg.n(site.name.upper())}</a></h1><p class="slogan">{pg.n("Trang thông tin điện tử")}</p></div></div>
<div id="menu">{simple_menu(pg, menu, "menu-top")}</div>
<div class="breadcrumb"><a href="/">{pg.n("Trang chủ")}</a> » <a href="/tin-tuc-su-kien">{pg.n("Tin tức - Sự kiện")}</a> » <span>{pg.n(cat)}</span></div>
<div id="main">
<div class="col-left">
<div class="box"><div class="box-title">{pg.n("CHUYÊN MỤC")}</div><ul class="cat-list"><li><a href="/tin-hoat-dong">Tin hoạt động</a></li><li><a href="/hoat-dong-dang-doan-the">Hoạt động Đảng, Đoàn thể</a></li><li><a href="/thong-tin-y-te">Thông tin y tế</a></li><li><a href="/an-toan-thuc-pham">{pg.n("An toàn thực phẩm")}</a></li><li><a href="/dan-so-kế-hoach-hoa-gia-dinh">{pg.n("Dân số - Kế hoạch hóa gia đình")}</a></li></ul></div>
<div class="box"><div class="box-title">{pg.n("DỊCH VỤ CÔNG")}</div><a href="https://dichvucong.longan.gov.vn"><img src="/Portals/0/banner/dvc.jpg" alt="Dịch vụ công trực tuyến" /></a></div>
</div>
<div class="col-center">
<div class="news-detail">
<div class="news-date">{when:%d/%m/%Y - %H:%M}</div>
<h2 class="news-title">{esc(story.title)}</h2>
<div class="news-content">
{body_html(story, pg, caption="em", lead="plain", byline="right", img_base="/Portals/0/news")}
</div>
<div class="news-tools"><a href="#" class="share">{pg.n("Chia sẻ bài viết")}</a> <a href="javascript:window.print()" class="print">{pg.n("In bài viết")}</a> <a href="/gui-email?id={hid(story.id)}" class="email">{pg.n("Gửi email")}</a> <span class="views">{pg.n(f"Lượt xem: {views}")}</span></div>
<div class="other-news"><h3>{pg.n("Các tin khác")}</h3><ul>{other_li}</ul></div>
</div>
</div>
<div class="col-right">
<div class="box"><div class="box-title">{pg.n("TIN ĐỌC NHIỀU")}</div><ul>{read_li}</ul></div>
<div class="box"><div class="box-title">{pg.n("LIÊN KẾT WEBSITE")}</div><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://moh.gov.vn">Bộ Y tế</option><option value="https://longan.gov.vn">Cổng thông tin điện tử tỉnh Long An</option></select></div>
<div class="box counter"><div class="box-title">{pg.n("THỐNG KÊ TRUY CẬP")}</div><p>{pg.n("Đang online: 35")}</p><p>{pg.n("Tổng lượt truy cập: 8.124.506")}</p></div>
</div>
</div>
<div id="footer"><p><strong>{pg.n("SỞ Y TẾ TỈNH LONG AN")}</strong></p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone + " - Fax: 0272.3826.309")}</p><p>{pg.n("Chịu trách nhiệm chính: Giám đốc Sở Y tế")}</p><p>{pg.n("Ghi rõ nguồn “Sở Y tế tỉnh Long An” khi phát hành lại thông tin từ website này.")}</p></div>
</div>
</body>
</html>"""


def page_unit_vinhlong(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """Sở Y tế Vĩnh Long: Bootstrap portal; <title> 'Headline | Sở Y tế tỉnh Vĩnh Long'; the logo <h1> holds
    the unit's name; a marquee; the headline is a <div class="news-detail-title">; 'Ngày đăng: 10/07/2023 |
    Đã xem: 374'; print/email/share links, 'Tin liên quan'."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    views = 150 + int(hid(story.id), 16) % 600
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử hình thành", "Cơ cấu tổ chức"]),
            ("Tin tức", ["Tin hoạt động", "Tin y tế cơ sở", "Phòng chống dịch bệnh"]),
            ("Văn bản", []), ("Dịch vụ công", []), ("Lịch công tác", []), ("Liên hệ", [])]
    cats = "".join(f'<li class="list-group-item"><a href="/chuyen-muc/{slugify(c)}">{pg.n(c)}</a></li>'
                   for c in ("Tin hoạt động", "Tin y tế cơ sở", "Phòng chống dịch bệnh", "Hoạt động Đảng - Đoàn thể",
                             "Cải cách hành chính"))
    rel = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <i>({o.when:%d/%m/%Y})</i></li>' for o in ot[:5])
    hot = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a></li>' for o in ot[5:9])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(story.title)} | {esc(site.name)}</title>
<meta property="og:title" content="{attr(story.title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{attr(url)}">
<link rel="stylesheet" href="/Content/bootstrap.min.css">
<link rel="stylesheet" href="/Content/site.css?v=2.3">
</head>
<body>
<header class="header"><div class="container"><div class="row"><div class="col-md-8"><h1 class="logo"><a href="/"><img src="/Content/img/logo-syt.png" alt="logo"> <span class="unit-name">{pg.n(site.name)}</span></a></h1></div>
<div class="col-md-4"><form class="search-box" action="/tim-kiem"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit">{pg.n("Tìm kiếm")}</button></form></div></div></div></header>
<nav class="navbar navbar-default"><div class="container">{simple_menu(pg, menu, "nav navbar-nav", "dropdown-menu")}</div></nav>
<div class="marquee-bar"><div class="container"><marquee scrollamount="4">{pg.n("Nhiệt liệt chào mừng kỷ niệm 79 năm Cách mạng tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam 2/9")}</marquee></div></div>
<div class="container main-content"><div class="row">
<div class="col-md-3 left-col"><div class="panel panel-default"><div class="panel-heading">{pg.n("CHUYÊN MỤC")}</div><ul class="list-group">{cats}</ul></div>
<div class="panel panel-default"><div class="panel-heading">{pg.n("LIÊN KẾT")}</div><div class="panel-body"><a href="https://vinhlong.gov.vn"><img src="/Content/img/banner-cong-tinh.jpg" alt="Cổng thông tin điện tử tỉnh Vĩnh Long" class="img-responsive"></a></div></div></div>
<div class="col-md-6 center-col">
<ol class="breadcrumb"><li><a href="/">{pg.n("Trang chủ")}</a></li><li><a href="/chuyen-muc/tin-tuc">{pg.n("Tin tức")}</a></li><li class="active">Tin hoạt động</li></ol>
<div class="news-detail">
<div class="news-detail-title">{esc(story.title)}</div>
<div class="news-detail-info"><span class="date">Ngày đăng: {when:%d/%m/%Y}</span> | <span class="views">{pg.n(f"Đã xem: {views}")}</span></div>
<div class="news-detail-content">
{body_html(story, pg, caption="table", lead="plain", byline="strong", img_base="/Upload/images")}
</div>
<div class="news-detail-tools"><a href="javascript:window.print();"><span class="glyphicon glyphicon-print"></span> {pg.n("In bài viết")}</a> | <a href="/gui-email/{url.rsplit('/', 1)[1]}"><span class="glyphicon glyphicon-envelope"></span> {pg.n("Gửi email")}</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}">{pg.n("Chia sẻ Facebook")}</a></div>
<div class="related-news"><div class="related-title">{pg.n("Tin liên quan")}</div><ul>{rel}</ul></div>
</div>
</div>
<div class="col-md-3 right-col">
<div class="panel panel-default"><div class="panel-heading">{pg.n("TIN XEM NHIỀU")}</div><ul class="list-unstyled">{hot}</ul></div>
<div class="panel panel-default"><div class="panel-heading">{pg.n("ĐƯỜNG DÂY NÓNG")}</div><div class="panel-body">{pg.n("Phản ánh chất lượng dịch vụ y tế: 0966.12.13.14")}</div></div>
<div class="panel panel-default"><div class="panel-heading">{pg.n("THỐNG KÊ TRUY CẬP")}</div><div class="panel-body"><p>{pg.n("Lượt truy cập: 2.764.093")}</p><p>{pg.n("Đang truy cập: 41")}</p></div></div>
</div>
</div></div>
<footer class="footer"><div class="container"><p><strong>{pg.n("SỞ Y TẾ TỈNH VĨNH LONG")}</strong></p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone + " - Email: " + site.email)}</p><p>{pg.n("Ghi rõ nguồn “Sở Y tế tỉnh Vĩnh Long” khi phát hành lại thông tin từ website này.")}</p></div></footer>
<script src="/Scripts/jquery-3.4.1.min.js"></script><script src="/Scripts/bootstrap.min.js"></script>
</body>
</html>"""


def page_unit_baclieu(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """BVĐK Bạc Liêu: <title> 'Bệnh viện Đa khoa tỉnh Bạc Liêu - Headline'; the logo is an <h1> and a sidebar
    box title is a second <h1>; the headline is an <h3>; 'Thứ bảy, 15/07/2023 09:20'; 'Các tin khác' with
    dates and times."""
    site = SITES[story.site]
    url = story_url(story)
    when = story.when
    ot = others(story, stories)
    views = 200 + int(hid(story.id), 16) % 900
    menu = [("Trang chủ", []), ("Giới thiệu", ["Ban Giám đốc", "Các khoa lâm sàng", "Các khoa cận lâm sàng"]),
            ("Tin tức", ["Hoạt động bệnh viện", "Đảng - Đoàn thể", "Chỉ đạo tuyến"]),
            ("Hướng dẫn người bệnh", []), ("Giá dịch vụ", []), ("Tuyển dụng", []), ("Liên hệ", [])]
    others_li = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a> <span class="time">'
                        f"{o.when:%d/%m/%Y %H:%M}</span></li>" for o in ot[:6])
    hot = "".join(f'<div class="hot-item"><a href="{attr(o.url)}"><img src="/uploads/thumb/{hid(o.title)}.jpg" alt="">'
                  f'<span>{pg.n(o.title)}</span></a></div>' for o in ot[6:9])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(site.name)} - {esc(story.title)}</title>
<meta name="description" content="{attr(story.excerpt(20))}">
<link rel="shortcut icon" href="/favicon.ico">
<link href="/templates/bvdk/css/template.css" rel="stylesheet">
</head>
<body class="page-news-detail">
<div id="top-header"><div class="wrap"><span class="hotline">{pg.n("Cấp cứu: 0291.3822.115")}</span><span class="work-time">{pg.n("Giờ khám: 7h00 - 17h00 các ngày trong tuần")}</span></div></div>
<div id="header"><div class="wrap"><div class="logo"><img src="/templates/bvdk/images/logo.png" alt=""></div><h1 class="unit">{pg.n(site.name.upper())}</h1><div class="motto">{pg.n("Lương y phải như từ mẫu")}</div></div></div>
<div id="nav"><div class="wrap">{simple_menu(pg, menu, "mainmenu", "submenu")}</div></div>
<div id="content"><div class="wrap">
<div class="main-col">
<div class="path">{pg.n("Bạn đang ở:")} <a href="/">{pg.n("Trang chủ")}</a> / <a href="/tin-tuc">{pg.n("Tin tức")}</a> / <a href="/tin-tuc/hoat-dong-benh-vien">{pg.n("Hoạt động bệnh viện")}</a></div>
<div class="post-detail">
<h3 class="post-title">{esc(story.title)}</h3>
<div class="post-meta"><span class="post-date">{weekday(when)}, {when:%d/%m/%Y %H:%M}</span> <span class="post-views">{pg.n(f"Lượt xem: {views}")}</span></div>
<div class="post-content">
{body_html(story, pg, caption="div", lead="plain", byline="right", img_base="/uploads/news")}
</div>
<div class="post-share"><span>{pg.n("Chia sẻ:")}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}" class="fb">Facebook</a> <a href="https://zalo.me/share?url={attr(url)}" class="zalo">Zalo</a> <a href="javascript:print()" class="print">{pg.n("In trang")}</a></div>
<div class="post-other"><h4>{pg.n("Các tin khác")}</h4><ul>{others_li}</ul></div>
</div>
</div>
<div class="side-col">
<div class="box"><h1 class="box-title">{pg.n("TIN NỔI BẬT")}</h1><div class="box-body">{hot}</div></div>
<div class="box"><h2 class="box-title">{pg.n("LỊCH KHÁM BỆNH")}</h2><div class="box-body"><p>{pg.n("Thứ Hai - Thứ Sáu: 7h00 - 17h00")}</p><p>{pg.n("Thứ Bảy, Chủ nhật: khám dịch vụ buổi sáng")}</p></div></div>
<div class="box"><h2 class="box-title">{pg.n("THỐNG KÊ")}</h2><div class="box-body"><p>{pg.n("Lượt truy cập: 1.988.317")}</p><p>{pg.n("Trực tuyến: 27")}</p></div></div>
</div>
</div></div>
<div id="footer"><div class="wrap"><p class="name">{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone + " - Email: " + site.email)}</p><p class="copyright">{pg.n("© Bản quyền thuộc Bệnh viện Đa khoa tỉnh Bạc Liêu")}</p></div></div>
<div id="popup-notice" class="modal fade" role="dialog"><div class="modal-dialog"><div class="modal-content"><div class="modal-body"><p>{pg.n("Bệnh viện triển khai đăng ký khám bệnh qua tổng đài 1900 1234. Người bệnh vui lòng đăng ký trước để được phục vụ nhanh chóng.")}</p><button type="button" class="close" data-dismiss="modal">{pg.n("Đóng")}</button></div></div></div></div>
</body>
</html>"""


# --------------------------------------------------------------------------- pages without a visible date


def page_nodate_chauthanh(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """TTYT Châu Thành: WordPress with a custom theme that shows no date anywhere and no SEO plugin (no date
    metadata); the permalink is /YYYY/MM/DD/slug/ (the only date on the page)."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    title_tag = f"{story.title} – {site.name}"
    views = 90 + int(hid(story.id), 16) % 400
    cat = "Thông báo" if story.meta.get("tricky", "").startswith("short") else "Tin hoạt động"
    menu = [("Trang chủ", []), ("Giới thiệu", ["Ban Giám đốc", "Khoa - Phòng", "Trạm Y tế xã"]),
            ("Tin tức", ["Tin hoạt động", "Thông báo"]), ("Khám chữa bệnh", []), ("Y tế dự phòng", []),
            ("Dân số", []), ("Liên hệ", [])]
    side_new = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a></li>' for o in ot[:6])
    rel = "".join(f'<li><a href="{attr(o.url)}"><img src="/wp-content/uploads/thumb-{hid(o.title)}.jpg" alt="">'
                  f"<span>{pg.n(o.title)}</span></a></li>" for o in ot[6:9])
    return f"""{wp_head(title_tag, url, f'<link rel="shortlink" href="https://{site.host}/?p={1000 + int(hid(story.id), 16) % 3000}">', "WordPress 6.2.2")}
<body class="post-template-default single single-post single-format-standard">
<div id="page" class="site">
<div class="top-info"><div class="container"><span>{pg.n("Đường dây nóng: 0273.3831.999")}</span> <span>{pg.n("Email: " + site.email)}</span></div></div>
<header class="site-header"><div class="container"><div class="branding"><a href="https://{site.host}/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2021/08/logo.png" class="custom-logo" alt=""></a><div class="site-title-wrap"><p class="site-title"><a href="https://{site.host}/">{pg.n(site.name.upper())}</a></p><p class="site-description">{pg.n("Sức khỏe của nhân dân là niềm vui của chúng tôi")}</p></div></div></div>
<nav id="site-navigation" class="main-navigation"><div class="container">{simple_menu(pg, menu, "menu nav-menu", "sub-menu")}</div></nav></header>
<div id="content" class="site-content"><div class="container"><div class="row">
<div id="primary" class="content-area col-md-8"><main id="main" class="site-main">
<div class="breadcrumbs"><a href="https://{site.host}/">{pg.n("Trang chủ")}</a> <span class="sep">›</span> <a href="https://{site.host}/category/{slugify(cat)}/">{pg.n(cat)}</a></div>
<article id="post-{1000 + int(hid(story.id), 16) % 3000}" class="post type-post status-publish format-standard hentry category-{slugify(cat)}">
<header class="entry-header"><h1 class="entry-title">{esc(story.title)}</h1>
<div class="entry-meta"><span class="cat-links">{pg.n("Chuyên mục: " + cat)}</span> <span class="post-views">{pg.n(f"Lượt xem: {views}")}</span></div></header>
<div class="entry-content">
{body_html(story, pg, caption="figure", lead="plain", byline="right")}
</div>
<footer class="entry-footer"><div class="share-box"><span>{pg.n("Chia sẻ bài viết:")}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={attr(url)}" class="share-fb">Facebook</a> <a href="https://zalo.me/share?u={attr(url)}" class="share-zalo">Zalo</a></div></footer>
</article>
<div class="related-posts"><h3 class="related-title">{pg.n("Bài viết cùng chuyên mục")}</h3><ul class="related-list">{rel}</ul></div>
<p class="no-comments">{pg.n("Bình luận đã bị đóng.")}</p>
</main></div>
<aside id="secondary" class="widget-area col-md-4">
<section class="widget widget_recent_entries"><h2 class="widget-title">{pg.n("Tin mới")}</h2><ul>{side_new}</ul></section>
<section class="widget widget_text"><h2 class="widget-title">{pg.n("Lịch khám bệnh")}</h2><div class="textwidget"><p>{pg.n("Khám bệnh từ thứ Hai đến thứ Bảy, sáng 7h00 - 11h00, chiều 13h00 - 17h00.")}</p></div></section>
<section class="widget widget_counter"><h2 class="widget-title">{pg.n("Lượt truy cập")}</h2><p>{pg.n("Hôm nay: 147")}</p><p>{pg.n("Tổng số: 416.582")}</p></section>
</aside>
</div></div></div>
<footer class="site-footer"><div class="container"><p>{pg.n(site.name.upper())}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone)}</p><p class="copyright">{pg.n("Bản quyền © Trung tâm Y tế huyện Châu Thành")}</p></div></footer>
</div>
</body>
</html>"""


def page_nodate_qncdc(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """CDC Quảng Nam: Joomla 3 (Protostar-like), 'Show Publish Date' off: the article info lists author,
    category and hits only; no date in the markup either; modules for latest news, related items, visits."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    hits = 150 + int(hid(story.id), 16) % 700
    menu = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Cơ cấu tổ chức"]),
            ("Tin tức - Sự kiện", []), ("Phòng chống dịch bệnh", ["Bệnh truyền nhiễm", "Bệnh không lây nhiễm"]),
            ("Truyền thông giáo dục sức khỏe", []), ("Văn bản", []), ("Liên hệ", [])]
    nav = "".join(f'<li class="item-{101 + n}{" deeper parent" if subs else ""}"><a href="/index.php/{slugify(item)}">'
                  f"{pg.n(item)}</a>" + ("<ul class=\"nav-child unstyled small\">" + "".join(
                      f'<li class="item-{130 + n * 5 + k}"><a href="/index.php/{slugify(s)}">{pg.n(s)}</a></li>'
                      for k, s in enumerate(subs)) + "</ul>" if subs else "") + "</li>"
                  for n, (item, subs) in enumerate(menu))
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{attr(o.url)}" itemprop="url">'
                     f'<span itemprop="name">{pg.n(o.title)}</span></a></li>' for o in ot[:5])
    related = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a></li>' for o in ot[5:8])
    prev, nxt = (ot[0], ot[1]) if len(ot) > 1 else (None, None)
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{attr(url)}" />
<meta name="keywords" content="kiểm soát bệnh tật, Quảng Nam, y tế dự phòng" />
<meta name="author" content="Super User" />
<meta name="description" content="Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(story.title)}</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/templates/protostar/css/template.css?2b0b1c0e" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?2b0b1c0e"></script>
<script src="/media/system/js/caption.js?2b0b1c0e"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/banner-cdc.jpg" alt="{attr(site.name)}" /><div class="site-description">{pg.n(site.name.upper())}</div></a>
<div class="header-search pull-right"><div class="search"><form action="/index.php/tin-tuc-su-kien" method="post" class="form-inline" role="search"><label for="mod-search-searchword91" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword91" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span><span class="icon-bar"></span></a></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{nav}</ul></div></nav>
<div class="moduletable"><div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>{pg.n("Bạn đang ở:")} &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">{pg.n("Trang chủ")}</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc-su-kien" class="pathway"><span itemprop="name">Tin tức - Sự kiện</span></a><span class="divider"> / </span><meta itemprop="position" content="2"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(story.title)}</span><meta itemprop="position" content="3"></li></ul></div></div>
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{hid(story.id)}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{hid(story.id)}"><li class="print-icon"><a href="{attr(url)}?tmpl=component&amp;print=1" title="In bài viết &lt; {attr(story.title)} &gt;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link={hid(url)}" title="Gửi liên kết này qua email cho bạn bè" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> E-mail</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">{pg.n("Chi tiết")}</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">{pg.n("Viết bởi")} <span itemprop="name">{pg.n("Phòng Truyền thông")}</span></dd>
<dd class="category-name">{pg.n("Chuyên mục:")} <a href="/index.php/tin-tuc-su-kien" itemprop="genre">{pg.n("Tin tức - Sự kiện")}</a></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" />{pg.n(f"Lượt xem: {hits}")}</dd>
</dl>
<div itemprop="articleBody">
{body_html(story, pg, caption="table", lead="plain", byline="right", img_base="/images/tintuc")}
</div>
<ul class="pager pagenav">
<li class="previous"><a class="hasTooltip" title="{attr(prev.title) if prev else ''}" aria-label="Bài trước: {attr(prev.title) if prev else ''}" href="{attr(prev.url) if prev else '#'}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>
<li class="next"><a class="hasTooltip" title="{attr(nxt.title) if nxt else ''}" aria-label="Bài tiếp theo: {attr(nxt.title) if nxt else ''}" href="{attr(nxt.url) if nxt else '#'}" rel="next"><span aria-hidden="true">{pg.n("Tiếp theo")}</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
</ul>
</div>
<div class="moduletable"><h3>{pg.n("Bài viết liên quan")}</h3><ul class="relateditems mod-list">{related}</ul></div>
</main>
<div id="aside" class="span3">
<div class="well "><h3 class="page-header">{pg.n("Tin mới")}</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="well "><h3 class="page-header">{pg.n("Đường dây nóng")}</h3><div class="custom"><p>{pg.n("Tư vấn phòng chống dịch: 0235.3851.115")}</p></div></div>
<div class="well "><h3 class="page-header">{pg.n("Lượt truy cập")}</h3><div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisitor_counter"><tbody><tr align="left"><td>{pg.n("Hôm nay")}</td><td align="right">85</td></tr><tr align="left"><td>{pg.n("Hôm qua")}</td><td align="right">312</td></tr><tr align="left"><td>{pg.n("Tất cả")}</td><td align="right">1254877</td></tr></tbody></table></div></div>
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr /><div class="custom"><p><strong>{pg.n("TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH QUẢNG NAM")}</strong></p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone + " - Email: " + site.email)}</p></div><p class="pull-right"><a href="#top" id="back-top">{pg.n("Về đầu trang")}</a></p><p>{pg.n("© 2024 Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam")}</p></div></footer>
</body>
</html>"""


def page_nodate_bentre(story: Story, stories: dict[str, Story], pg: Page) -> str:
    """Sở Y tế Bến Tre: a local-vendor portal that prints no date on the page but puts a NewsArticle JSON-LD
    (datePublished, dateModified) in the head; related list without dates; a poll and a hotline box."""
    site = SITES[story.site]
    url = story_url(story)
    ot = others(story, stories)
    modified = story.when + dt.timedelta(hours=1, minutes=18)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": story.title, "description": story.excerpt(30),
          "image": [f"https://{site.host}/Uploads/images/{story.id}-1.jpg"], "datePublished": story.iso,
          "dateModified": f"{modified:%Y-%m-%dT%H:%M:00}+07:00",
          "author": {"@type": "Organization", "name": site.name},
          "publisher": {"@type": "Organization", "name": site.name,
                        "logo": {"@type": "ImageObject", "url": f"https://{site.host}/Content/img/logo.png"}}}
    menu = [("Trang chủ", []), ("Giới thiệu", ["Lãnh đạo Sở", "Cơ cấu tổ chức"]),
            ("Tin tức - Sự kiện", ["Hoạt động ngành", "Y tế cơ sở"]), ("Chỉ đạo điều hành", []),
            ("Văn bản pháp quy", []), ("Thủ tục hành chính", []), ("Hỏi đáp", [])]
    same = "".join(f'<li><a href="{attr(o.url)}">{pg.n(o.title)}</a></li>' for o in ot[:6])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(story.title)}</title>
<meta name="description" content="{attr(story.excerpt(30))}">
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(story.title)}">
<meta property="og:image" content="https://{site.host}/Uploads/images/{story.id}-1.jpg">
<link rel="canonical" href="{attr(url)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link href="/Content/css/portal.min.css?v=5.1" rel="stylesheet">
</head>
<body>
<div class="wrapper">
<div class="topbar"><div class="container"><span class="portal-name">{pg.n("Cổng thông tin điện tử Sở Y tế tỉnh Bến Tre")}</span><a href="/dang-nhap" class="login">{pg.n("Đăng nhập")}</a></div></div>
<header class="portal-header"><div class="container"><a href="/" class="logo"><img src="/Content/img/logo.png" alt=""><div class="logo-text"><span class="line1">{pg.n("UBND TỈNH BẾN TRE")}</span><span class="line2">{pg.n("SỞ Y TẾ")}</span></div></a></div></header>
<nav class="portal-nav"><div class="container">{simple_menu(pg, menu, "nav-list", "nav-sub")}</div></nav>
<div class="container"><div class="row">
<div class="col-lg-8">
<div class="breadcrumbs"><a href="/">{pg.n("Trang chủ")}</a> / <a href="/tin-tuc-su-kien">{pg.n("Tin tức - Sự kiện")}</a> / <span>{pg.n("Hoạt động ngành")}</span></div>
<article class="detail">
<h1 class="title-detail">{esc(story.title)}</h1>
<div class="detail-tools"><span>{pg.n("Cỡ chữ:")}</span> <a href="#" class="font-down">A-</a> <a href="#" class="font-reset">A</a> <a href="#" class="font-up">A+</a> <a href="javascript:window.print()" class="print">{pg.n("In trang")}</a> <a href="#" class="share">{pg.n("Chia sẻ")}</a></div>
<div class="detail-content">
{body_html(story, pg, caption="em", lead="plain", byline="right", img_base="/Uploads/images")}
</div>
<div class="same-category"><h3>{pg.n("Tin cùng chuyên mục")}</h3><ul>{same}</ul></div>
</article>
</div>
<div class="col-lg-4">
<div class="block"><div class="block-title">{pg.n("ĐƯỜNG DÂY NÓNG")}</div><div class="block-body"><p>{pg.n("Phản ánh về y đức, chất lượng khám chữa bệnh: 0911.115.115")}</p></div></div>
<div class="block poll"><div class="block-title">{pg.n("KHẢO SÁT Ý KIẾN")}</div><div class="block-body"><p>{pg.n("Bạn đánh giá thế nào về chất lượng khám chữa bệnh tại địa phương?")}</p><label><input type="radio" name="poll" value="1"> {pg.n("Rất hài lòng")}</label><label><input type="radio" name="poll" value="2"> {pg.n("Hài lòng")}</label><label><input type="radio" name="poll" value="3"> {pg.n("Chưa hài lòng")}</label><button type="button">{pg.n("Biểu quyết")}</button> <a href="/khao-sat/ket-qua">{pg.n("Xem kết quả")}</a></div></div>
<div class="block"><div class="block-title">{pg.n("THỐNG KÊ TRUY CẬP")}</div><div class="block-body"><p>{pg.n("Đang truy cập: 58")}</p><p>{pg.n("Tổng lượt truy cập: 5.310.442")}</p></div></div>
</div>
</div></div>
<footer class="portal-footer"><div class="container"><p>{pg.n("CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ TỈNH BẾN TRE")}</p><p>{pg.n("Cơ quan chủ quản: Sở Y tế tỉnh Bến Tre")}</p><p>{pg.n("Địa chỉ: " + site.address)}</p><p>{pg.n("Điện thoại: " + site.phone + " - Email: " + site.email)}</p><p>{pg.n("Ghi rõ nguồn “Sở Y tế Bến Tre” khi phát hành lại thông tin từ cổng thông tin này.")}</p></div></footer>
</div>
</body>
</html>"""


# --------------------------------------------------------------------------- look-alikes: not articles


@dataclass
class Lookalike:
    id: str
    site: str
    host: str
    url: str
    title: str  # the page's heading, for information (not scored)
    kind: str  # listing | other
    about: str
    html: str
    boiler: list[str]
    status: int = 200


def hp_layout(pg: Page, title_tag: str, crumbs: list[str], main: str) -> str:
    """Sở Y tế Hải Phòng portal chrome."""
    menu = [("Trang chủ", []), ("Giới thiệu", ["Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở"]),
            ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin y tế cơ sở"]), ("Văn bản", []),
            ("Lịch công tác", []), ("Thủ tục hành chính", []), ("Hỏi đáp", []), ("Liên hệ", [])]
    crumb = " <span>›</span> ".join([f'<a href="/">{pg.n("Trang chủ")}</a>'] + [pg.n(c) for c in crumbs])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title_tag)}</title>
<link rel="stylesheet" href="/Themes/SYT/css/main.css?v=3"></head>
<body>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/Themes/SYT/img/logo.png" alt=""></a><div class="unit"><p class="unit-parent">{pg.n("UBND THÀNH PHỐ HẢI PHÒNG")}</p><p class="unit-name">{pg.n("SỞ Y TẾ HẢI PHÒNG")}</p></div></div></div>
<nav class="mainnav"><div class="container">{simple_menu(pg, menu, "menu", "submenu")}</div></nav>
<div class="container"><div class="breadcrumb">{crumb}</div>
<div class="row"><div class="col-md-9 main">
{main}
</div>
<div class="col-md-3 sidebar">
<div class="widget"><div class="widget-title">{pg.n("THÔNG BÁO")}</div><ul><li><a href="/thong-bao/tuyen-dung-vien-chuc-2024">{pg.n("Thông báo tuyển dụng viên chức năm 2024")}</a></li><li><a href="/thong-bao/lich-tiep-cong-dan">{pg.n("Lịch tiếp công dân tháng 7/2024")}</a></li></ul></div>
<div class="widget"><div class="widget-title">{pg.n("LIÊN KẾT")}</div><ul><li><a href="https://moh.gov.vn">{pg.n("Bộ Y tế")}</a></li><li><a href="https://haiphong.gov.vn">{pg.n("Cổng thông tin điện tử thành phố Hải Phòng")}</a></li></ul></div>
<div class="widget counter"><div class="widget-title">{pg.n("THỐNG KÊ TRUY CẬP")}</div><p>{pg.n("Trực tuyến: 64")}</p><p>{pg.n("Tổng lượt truy cập: 6.402.117")}</p></div>
</div></div></div>
<footer class="footer"><div class="container"><p>{pg.n("SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG")}</p><p>{pg.n("Địa chỉ: Số 38 Lê Đại Hành, quận Hồng Bàng, thành phố Hải Phòng")}</p><p>{pg.n("Điện thoại: 0225.3842.839")}</p><p>{pg.n("Ghi rõ nguồn “Sở Y tế Hải Phòng” khi phát hành lại thông tin từ website này.")}</p></div></footer>
</body>
</html>"""


def lk_schedule(pg: Page) -> Lookalike:
    rows = [
        ("Thứ Hai 08/7", "Sáng 8h00", "Giám đốc Sở chủ trì giao ban Ban Giám đốc Sở. Thành phần: các Phó Giám đốc, Chánh Văn phòng, Trưởng các phòng chức năng.", "Phòng họp tầng 3, Sở Y tế"),
        ("Thứ Hai 08/7", "Chiều 14h00", "Phó Giám đốc Sở Nguyễn Thị Hạnh làm việc với Trung tâm Kiểm soát bệnh tật thành phố về công tác phòng chống dịch sốt xuất huyết mùa mưa.", "Trung tâm Kiểm soát bệnh tật"),
        ("Thứ Ba 09/7", "Sáng 7h30", "Giám đốc Sở dự Hội nghị sơ kết 6 tháng đầu năm của Ủy ban nhân dân thành phố.", "Trung tâm Hội nghị thành phố"),
        ("Thứ Ba 09/7", "Chiều 14h00", "Đoàn kiểm tra liên ngành kiểm tra an toàn thực phẩm tại các bếp ăn tập thể khu công nghiệp Đình Vũ.", "Quận Hải An"),
        ("Thứ Tư 10/7", "Cả ngày", "Phó Giám đốc Sở Trần Văn Bình chủ trì thẩm định danh mục kỹ thuật tại Bệnh viện Hữu nghị Việt Tiệp.", "Bệnh viện Hữu nghị Việt Tiệp"),
        ("Thứ Năm 11/7", "Sáng 8h30", "Hội nghị trực tuyến triển khai Luật Khám bệnh, chữa bệnh năm 2023 và các văn bản hướng dẫn.", "Phòng họp trực tuyến Sở Y tế"),
        ("Thứ Sáu 12/7", "Sáng 8h00", "Giám đốc Sở tiếp công dân định kỳ theo lịch.", "Phòng tiếp công dân"),
        ("Thứ Sáu 12/7", "Chiều 15h00", "Họp Hội đồng thi đua khen thưởng ngành y tế xét khen thưởng 6 tháng đầu năm 2024.", "Phòng họp tầng 3, Sở Y tế"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(dd)}</td></tr>" for a, b, c, dd in rows)
    title = "Lịch công tác tuần 28 năm 2024 (từ ngày 08/7/2024 đến ngày 14/7/2024)"
    main = f"""<div class="schedule">
<h2 class="page-title">{esc(title)}</h2>
<div class="week-nav"><a href="/lich-cong-tac-tuan?week=27&amp;year=2024">{pg.n("« Tuần trước")}</a> | <a href="/lich-cong-tac-tuan?week=29&amp;year=2024">{pg.n("Tuần sau »")}</a> <select name="week"><option>Tuần 27</option><option selected>Tuần 28</option><option>Tuần 29</option></select></div>
<table class="table table-bordered schedule-table"><thead><tr><th>{pg.n("Ngày")}</th><th>{pg.n("Thời gian")}</th><th>{pg.n("Nội dung công việc")}</th><th>{pg.n("Địa điểm")}</th></tr></thead><tbody>{trs}</tbody></table>
<p class="note"><em>{pg.n("Lịch công tác có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.")}</em></p>
<p><a href="/Upload/lich-cong-tac/tuan-28-2024.pdf">{pg.n("Tải lịch công tác tuần (PDF)")}</a></p>
</div>"""
    url = "https://soyte.haiphong.gov.vn/lich-cong-tac-tuan?week=28&year=2024"
    return Lookalike("lk-01", "Sở Y tế thành phố Hải Phòng", "soyte.haiphong.gov.vn", url, title, "other",
                     "weekly work schedule (Lịch công tác tuần): a table whose cells are sentences",
                     hp_layout(pg, "Lịch công tác tuần - Sở Y tế Hải Phòng", ["Lịch công tác"], main), pg.boiler)


def lk_structure(pg: Page) -> Lookalike:
    depts = [
        ("Văn phòng Sở", "Tham mưu, tổng hợp, điều phối hoạt động của Sở; công tác hành chính, văn thư, lưu trữ, quản trị."),
        ("Phòng Kế hoạch - Tài chính", "Tham mưu xây dựng quy hoạch, kế hoạch phát triển ngành; quản lý tài chính, tài sản, đầu tư."),
        ("Phòng Nghiệp vụ Y", "Quản lý khám bệnh, chữa bệnh, phục hồi chức năng, y tế dự phòng và y học cổ truyền."),
        ("Phòng Nghiệp vụ Dược", "Quản lý dược, mỹ phẩm; hành nghề dược; đấu thầu và cung ứng thuốc."),
        ("Phòng Tổ chức cán bộ", "Tổ chức bộ máy, biên chế, công chức, viên chức; đào tạo, thi đua, khen thưởng."),
        ("Thanh tra Sở", "Thanh tra hành chính, thanh tra chuyên ngành; tiếp công dân, giải quyết khiếu nại, tố cáo."),
    ]
    units = ["Bệnh viện Hữu nghị Việt Tiệp", "Bệnh viện Trẻ em Hải Phòng", "Bệnh viện Phụ sản Hải Phòng",
             "Trung tâm Kiểm soát bệnh tật thành phố", "Trung tâm Pháp y", "Trung tâm Kiểm nghiệm"]
    leaders = [("Giám đốc", "BSCKII. Nguyễn Văn Thành", "0225.3842.001"),
               ("Phó Giám đốc", "TS.BS. Nguyễn Thị Hạnh", "0225.3842.002"),
               ("Phó Giám đốc", "ThS. Trần Văn Bình", "0225.3842.003")]
    main = f"""<div class="static-page">
<h2 class="page-title">Cơ cấu tổ chức</h2>
<p><img src="/Upload/gioi-thieu/so-do-to-chuc.png" alt="Sơ đồ tổ chức Sở Y tế Hải Phòng" width="760"></p>
<h3>Ban Giám đốc</h3>
<table class="table"><tbody>{"".join(f"<tr><td>{esc(r)}</td><td>{esc(n)}</td><td>{esc(t)}</td></tr>" for r, n, t in leaders)}</tbody></table>
<h3>Các phòng chức năng</h3>
{"".join(f"<p><strong>{esc(n)}</strong>: {esc(f)}</p>" for n, f in depts)}
<h3>Các đơn vị trực thuộc</h3>
<ul>{"".join(f"<li>{esc(u)}</li>" for u in units)}</ul>
</div>"""
    url = "https://soyte.haiphong.gov.vn/gioi-thieu/co-cau-to-chuc"
    return Lookalike("lk-02", "Sở Y tế thành phố Hải Phòng", "soyte.haiphong.gov.vn", url, "Cơ cấu tổ chức", "other",
                     "organisation structure page (Cơ cấu tổ chức): leaders, departments with one-line duties, units",
                     hp_layout(pg, "Cơ cấu tổ chức - Sở Y tế Hải Phòng", ["Giới thiệu", "Cơ cấu tổ chức"], main),
                     pg.boiler)


def lk_attachment(pg: Page) -> Lookalike:
    title = "Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2024"
    main = f"""<div class="doc-detail">
<h2 class="doc-title">{esc(title)}</h2>
<table class="doc-info"><tbody>
<tr><td>{pg.n("Số ký hiệu:")}</td><td>125/KH-SYT</td></tr>
<tr><td>{pg.n("Ngày ban hành:")}</td><td>15/01/2024</td></tr>
<tr><td>{pg.n("Cơ quan ban hành:")}</td><td>Sở Y tế</td></tr>
<tr><td>{pg.n("Loại văn bản:")}</td><td>Kế hoạch</td></tr>
<tr><td>{pg.n("Người ký:")}</td><td>Nguyễn Văn Thành</td></tr>
</tbody></table>
<div class="doc-files"><p><strong>{pg.n("Tải file đính kèm")}</strong></p><p><a href="/Upload/van-ban/2024/KH-125-SYT-2024.pdf"><img src="/Themes/SYT/img/pdf.png" alt=""> KH-125-SYT-2024.pdf</a> (1,2 MB)</p></div>
<div class="doc-other"><h3>{pg.n("Văn bản khác")}</h3><ul><li><a href="/van-ban/ke-hoach-tiem-chung-mo-rong-2024">{pg.n("Kế hoạch tiêm chủng mở rộng năm 2024")}</a> <span>(10/01/2024)</span></li><li><a href="/van-ban/huong-dan-giam-sat-sot-xuat-huyet">{pg.n("Hướng dẫn giám sát bệnh sốt xuất huyết Dengue")}</a> <span>(05/01/2024)</span></li></ul></div>
</div>"""
    url = "https://soyte.haiphong.gov.vn/van-ban/ke-hoach-phong-chong-dich-benh-truyen-nhiem-nam-2024-822901"
    return Lookalike("lk-03", "Sở Y tế thành phố Hải Phòng", "soyte.haiphong.gov.vn", url, title, "other",
                     "attachment-only document page: title, number, date, 'Tải file đính kèm' and a file name",
                     hp_layout(pg, f"{title} - Sở Y tế Hải Phòng", ["Văn bản"], main), pg.boiler)


def na_layout(pg: Page, title_tag: str, main: str) -> str:
    """Sở Y tế Nghệ An portal chrome."""
    menu = [("Trang chủ", []), ("Giới thiệu", []), ("Tin hoạt động", []), ("Chỉ đạo điều hành", []),
            ("Văn bản", []), ("Hỏi đáp", []), ("Lịch công tác", []), ("Liên hệ", [])]
    side = [("Nghệ An ghi nhận thêm 12 ca sốt xuất huyết trong tuần", "18/07/2024"),
            ("Bệnh viện Hữu nghị Đa khoa Nghệ An ghép thận thành công lần thứ 50", "16/07/2024"),
            ("Tăng cường công tác y tế trường học năm học 2024 - 2025", "12/07/2024")]
    lis = "".join(f'<li><a href="/tin-hoat-dong/{slugify(t)}-96{k}001?pageindex=0">{pg.n(t)}</a> <span class="date">'
                  f"{dd}</span></li>" for k, (t, dd) in enumerate(side))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title_tag)}</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/Portal/css/portal.css"></head>
<body>
<div id="header"><div class="container"><img src="/Portal/img/banner-syt.jpg" alt="Sở Y tế Nghệ An"><div class="banner-text">{pg.n("SỞ Y TẾ NGHỆ AN")}</div></div></div>
<div id="menu"><div class="container">{simple_menu(pg, menu, "menu-main")}</div></div>
<div class="container"><div class="row"><div class="col-md-8 content-main">
{main}
</div><div class="col-md-4 content-right">
<div class="box"><div class="box-header">{pg.n("TIN MỚI NHẤT")}</div><ul class="news-list">{lis}</ul></div>
<div class="box"><div class="box-header">{pg.n("VIDEO")}</div><iframe src="https://www.youtube.com/embed/abc123" title="video"></iframe></div>
<div class="box"><div class="box-header">{pg.n("THỐNG KÊ TRUY CẬP")}</div><p>{pg.n("Đang online: 87")}</p><p>{pg.n("Tổng truy cập: 12.840.226")}</p></div>
</div></div></div>
<div id="footer"><div class="container"><p>{pg.n("Cơ quan chủ quản: Sở Y tế tỉnh Nghệ An")}</p><p>{pg.n("Địa chỉ: Số 18 Trường Thi, thành phố Vinh, tỉnh Nghệ An")}</p><p>{pg.n("Điện thoại: 0238.3844.524")}</p><p>{pg.n("Ghi rõ nguồn “Sở Y tế Nghệ An” khi phát hành lại thông tin từ website này.")}</p></div></div>
</body></html>"""


def lk_listing_intros(pg: Page) -> Lookalike:
    items = [
        ("Nghệ An triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi", "10/05/2024",
         "Từ ngày 13/5 đến 31/5/2024, Sở Y tế Nghệ An triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho hơn 45.000 trẻ từ 1 đến 5 tuổi tại 21 huyện, thành phố, thị xã. Đây là hoạt động nhằm chủ động phòng chống dịch sởi trong bối cảnh số ca mắc tại một số tỉnh lân cận có xu hướng gia tăng."),
        ("Tập huấn kỹ năng truyền thông giáo dục sức khỏe cho y tế cơ sở", "08/05/2024",
         "Trong hai ngày 7 và 8/5, Trung tâm Kiểm soát bệnh tật tỉnh tổ chức lớp tập huấn kỹ năng truyền thông giáo dục sức khỏe cho 80 cán bộ phụ trách truyền thông tại các trạm y tế xã, phường, thị trấn. Học viên được hướng dẫn cách xây dựng thông điệp, sử dụng mạng xã hội và tổ chức truyền thông trực tiếp tại cộng đồng."),
        ("Kiểm tra công tác khám chữa bệnh bảo hiểm y tế tại huyện Quỳnh Lưu", "06/05/2024",
         "Đoàn công tác của Sở Y tế do Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác khám bệnh, chữa bệnh bảo hiểm y tế tại Trung tâm Y tế huyện Quỳnh Lưu và 5 trạm y tế xã. Đoàn ghi nhận đơn vị đã ứng dụng căn cước công dân gắn chip trong đón tiếp người bệnh, rút ngắn thời gian làm thủ tục."),
        ("Hội thảo cập nhật chẩn đoán và điều trị bệnh đái tháo đường", "03/05/2024",
         "Bệnh viện Nội tiết Nghệ An tổ chức hội thảo khoa học cập nhật chẩn đoán và điều trị bệnh đái tháo đường cho hơn 150 bác sĩ các tuyến. Các báo cáo viên trình bày hướng dẫn mới của Bộ Y tế, kinh nghiệm quản lý người bệnh ngoại trú và sử dụng các nhóm thuốc thế hệ mới."),
        ("Ngành y tế Nghệ An sẵn sàng phục vụ kỳ thi tốt nghiệp trung học phổ thông", "30/04/2024",
         "Sở Y tế đã ban hành kế hoạch bảo đảm công tác y tế phục vụ kỳ thi tốt nghiệp trung học phổ thông năm 2024, bố trí cán bộ y tế thường trực tại tất cả các điểm thi, chuẩn bị cơ số thuốc và phương tiện cấp cứu, đồng thời tăng cường kiểm tra an toàn thực phẩm tại các điểm thi."),
        ("Tổng kết chương trình phòng chống sốt rét giai đoạn 2021 - 2023", "26/04/2024",
         "Sau ba năm triển khai, tỉnh Nghệ An không còn ca tử vong do sốt rét, số ca mắc giảm 87% so với giai đoạn trước. Hội nghị đánh giá cao sự phối hợp của lực lượng biên phòng, y tế cơ sở và cộng đồng các huyện miền núi trong giám sát người đi rừng, ngủ rẫy."),
    ]
    arts = "".join(
        f'<div class="news-item"><a href="/tin-hoat-dong/{slugify(t)}-9{k}7814?pageindex=0" class="thumb"><img '
        f'src="/Upload/news/2024/05/{slugify(t)[:20]}.jpg" alt=""></a><h3><a href="/tin-hoat-dong/{slugify(t)}-9{k}7814'
        f'?pageindex=0">{esc(t)}</a></h3><span class="date">{dd}</span><p class="intro">{esc(intro)}</p><a '
        f'href="/tin-hoat-dong/{slugify(t)}-9{k}7814?pageindex=0" class="more">{pg.n("Xem tiếp")}</a></div>'
        for k, (t, dd, intro) in enumerate(items))
    main = (f'<div class="category-page"><h2 class="cat-title">Tin hoạt động</h2>{arts}'
            f'<div class="pager"><a href="?pageindex=2">«</a> <a href="?pageindex=1">1</a> <a href="?pageindex=2">2</a> '
            f'<span class="current">3</span> <a href="?pageindex=4">4</a> <a href="?pageindex=5">5</a> <a '
            f'href="?pageindex=4">»</a></div></div>')
    url = "https://yte.nghean.gov.vn/tin-hoat-dong?pageindex=3"
    return Lookalike("lk-04", "Sở Y tế tỉnh Nghệ An", "yte.nghean.gov.vn", url, "Tin hoạt động", "listing",
                     "category listing (page 3) that shows each article's whole intro paragraph",
                     na_layout(pg, "Tin hoạt động - Sở Y tế Nghệ An", main), pg.boiler)


def lk_qa(pg: Page) -> Lookalike:
    qs = [
        ("Con tôi 18 tháng tuổi đã tiêm đủ mũi sởi chưa, có cần tiêm thêm khi đi học mẫu giáo không?",
         "Nguyễn Thị Lan - huyện Diễn Châu", "12/06/2024",
         "Theo lịch tiêm chủng mở rộng, trẻ được tiêm mũi sởi thứ nhất lúc 9 tháng tuổi và vắc xin sởi - rubella lúc 18 tháng tuổi. Nếu trẻ đã tiêm đủ hai mũi này thì không cần tiêm thêm..."),
        ("Thủ tục cấp chứng chỉ hành nghề khám bệnh, chữa bệnh hiện nay thực hiện như thế nào?",
         "Trần Văn Minh - thành phố Vinh", "05/06/2024",
         "Từ ngày 1/1/2024, việc cấp giấy phép hành nghề thực hiện theo Luật Khám bệnh, chữa bệnh năm 2023 và Nghị định số 96/2023/NĐ-CP. Hồ sơ nộp trực tuyến qua Cổng dịch vụ công..."),
        ("Người có thẻ bảo hiểm y tế đăng ký ở huyện này có được khám tại trạm y tế huyện khác không?",
         "Lê Văn Tuấn - huyện Nghi Lộc", "28/05/2024",
         "Theo quy định hiện hành, người tham gia bảo hiểm y tế đi khám bệnh, chữa bệnh tại trạm y tế tuyến xã hoặc phòng khám đa khoa tuyến huyện trong cùng tỉnh được hưởng quyền lợi như đúng tuyến..."),
        ("Nhà tôi có người bị sốt xuất huyết, các thành viên khác cần làm gì để phòng bệnh?",
         "Phạm Thị Hoa - thị xã Cửa Lò", "20/05/2024",
         "Gia đình cần ngủ màn kể cả ban ngày, loại bỏ các dụng cụ chứa nước đọng quanh nhà, phối hợp với y tế địa phương khi phun hóa chất diệt muỗi. Người bệnh cần được theo dõi sát..."),
    ]
    items = "".join(
        f'<div class="qa-item"><div class="qa-question"><span class="label">{pg.n("Câu hỏi:")}</span> <a '
        f'href="/hoi-dap/chi-tiet?id={4100 + k}">{esc(q)}</a></div><div class="qa-meta"><span>{pg.n("Người hỏi:")} '
        f'{esc(who)}</span> <span>{pg.n("Ngày hỏi:")} {dd}</span></div><div class="qa-answer"><span class="label">'
        f'{pg.n("Trả lời:")}</span> {esc(a)}</div><a href="/hoi-dap/chi-tiet?id={4100 + k}" class="more">'
        f'{pg.n("Xem chi tiết")}</a></div>' for k, (q, who, dd, a) in enumerate(qs))
    main = (f'<div class="qa-page"><h2 class="cat-title">Hỏi đáp</h2><div class="qa-toolbar"><span class="qa-total">'
            f'Tổng số câu hỏi: 17</span> <a href="/hoi-dap/dat-cau-hoi" class="btn btn-primary">Đặt câu hỏi</a></div>'
            f'<form class="qa-search" action="/hoi-dap"><input name="q" placeholder="Tìm câu hỏi..."><select name="lv">'
            f'<option>{pg.n("Tất cả lĩnh vực")}</option><option>Khám chữa bệnh</option><option>Bảo hiểm y tế</option></select>'
            f'<button>{pg.n("Tìm")}</button></form>{items}<div class="pager"><span class="current">1</span> '
            f'<a href="/hoi-dap?page=2">2</a> <a href="/hoi-dap?page=3">3</a> <a href="/hoi-dap?page=4">4</a> '
            f'<a href="/hoi-dap?page=5">5</a></div></div>')
    url = "https://yte.nghean.gov.vn/hoi-dap"
    return Lookalike("lk-05", "Sở Y tế tỉnh Nghệ An", "yte.nghean.gov.vn", url, "Hỏi đáp", "listing",
                     "Q&A list page ('Tổng số câu hỏi: 17 Đặt câu hỏi'): questions with the start of each answer",
                     na_layout(pg, "Hỏi đáp - Sở Y tế Nghệ An", main), pg.boiler)


def lk_soft404(pg: Page) -> Lookalike:
    main = (f'<div class="error-page"><h2>Không tìm thấy trang</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị '
            f'xóa. Vui lòng quay lại <a href="/">Trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</p><form '
            f'action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa..."><button>{pg.n("Tìm kiếm")}</button>'
            f"</form></div>")
    url = "https://yte.nghean.gov.vn/tin-hoat-dong/so-y-te-nghe-an-trien-khai-chien-dich-tiem-chung-968112?pageindex=0"
    return Lookalike("lk-06", "Sở Y tế tỉnh Nghệ An", "yte.nghean.gov.vn", url, "Không tìm thấy trang", "other",
                     "soft 404: an article URL answered with status 200 and 'Không tìm thấy trang' inside the full chrome",
                     na_layout(pg, "Sở Y tế Nghệ An", main), pg.boiler)


SP_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Expires" content="0" />
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=p63%2BuzFZoHRjHT2HB%2BmiBQ%3D%3D"/>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=1Hk9v7zyDiQ5Wdnt0V%2BxBA%3D%3D"></script>
<script type="text/javascript">var _fV4UI = true; var L_Menu_BaseUrl="";var L_Menu_LCID="1066";var L_Menu_SiteTheme="";</script>
</head>"""


def sp_shell(pg: Page, title: str, crumbs: list[str], content: str, chrome: bool) -> str:
    """SharePoint 2010 publishing page: the 'This page location is:' breadcrumb popup and 'Sign In' are in
    every page; `chrome` adds the portal's own banner, menu and footer."""
    crumb_html = "".join(f'<li><a href="/{slugify(c)}">{esc(c)}</a></li>' for c in crumbs)
    location = (f'<div class="s4-breadcrumb-anchor"><span id="GlobalBreadCrumbNavPopout-anchor"><a href="javascript:;" '
                f'title="Navigate Up" class="s4-breadcrumb-anchor"><img src="/_layouts/images/fgimg.png" alt="Navigate Up" '
                f'/></a></span><div class="ms-popoutMenu s4-breadcrumb-menu" id="GlobalBreadCrumbNavPopout-menu" '
                f'style="display:none"><div class="s4-breadcrumb-top"><span class="s4-breadcrumb-header">'
                f'{pg.n("This page location is:")}</span></div><ul class="s4-breadcrumb">{crumb_html}</ul></div></div>')
    sign_in = (f'<div class="s4-trc-container-menu"><div><span class="ms-welcomeMenu" id="zz4_Menu_t"><a '
               f'id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/Authenticate.aspx?Source='
               f'%2FPages%2Fchi%2Dtiet%2Dtin%2Dtuc%2Easpx" style="display:inline;">{pg.n("Sign In")}</a></span></div></div>')
    banner = ""
    footer = ""
    if chrome:
        menu = [("Trang chủ", []), ("Giới thiệu", ["Lịch sử hình thành", "Cơ cấu tổ chức"]), ("Tin tức", []),
                ("Văn bản", []), ("Dịch vụ công", []), ("Hỏi đáp", []), ("Liên hệ", [])]
        banner = (f'<div class="header-banner"><img src="/PublishingImages/banner.jpg" alt=""><div class="lang">'
                  f'<a href="/">{pg.n("Tiếng Việt")}</a> | <a href="/en">{pg.n("English")}</a></div></div>'
                  f'<div class="top-menu">{simple_menu(pg, menu, "menu-root", "menu-sub")}</div>')
        footer = (f'<div class="footer"><p>{pg.n("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH")}</p><p>{pg.n("Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, Quận 1, TP. Hồ Chí Minh")}</p>'
                  f'<p>{pg.n("Điện thoại: (028) 3930 9912")}</p></div>')
    return (SP_HEAD.format(title=esc(title)) + f"""
<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();" class="v4master">
<form name="aspnetForm" method="post" action="chi-tiet-tin-tuc.aspx" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIJD2QWAgIDDxYCHgdWaXNpYmxlaGQCAw9kFgICBw9kFgQCAQ9kFgICAQ9kFgJmD2QWAgIDDw8WAh4HVG9vbFRpcAUOTmF2aWdhdGUgVXAgZGQCBQ9kFgICAg8PZBYCHgVjbGFzcwUac2FtcGxlIHMtNC10b29sYmFyLWJ1dHRvbmRk" /></div>
<script type="text/javascript">var MSOWebPartPageFormName = 'aspnetForm'; var g_presenceEnabled = true;</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle"><div id="s4-ribboncont"></div><div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">{location}{sign_in}</div></div>
{banner}
<div id="MSO_ContentDiv"><div class="s4-ca"><div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field">{content}</div>
<div id="ctl00_SPWebPartManager1_g_6c1f2b8e_4a0d_4b59_9d2f_0f7c1e2a9b31" class="ms-WPBody"></div></div></div>
{footer}
</div></div>
<script type="text/javascript">//<![CDATA[
ExecuteOrDelayUntilScriptLoaded(function(){{ var ctx = new SP.ClientContext.get_current(); LoadNewsDetail(ctx, 'ItemID'); }}, "sp.js");
//]]></script>
</form>
</body>
</html>""")


def lk_sharepoint_shell(pg: Page) -> Lookalike:
    url = "https://medinet.gov.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=28247"
    html_ = sp_shell(pg, "Chi tiết tin tức", ["Sở Y tế TP.HCM", "Pages", "Chi tiết tin tức"], "", False)
    return Lookalike("lk-07", "Sở Y tế Thành phố Hồ Chí Minh", "medinet.gov.vn", url, "Chi tiết tin tức", "other",
                     "SharePoint page whose article is loaded by script: the only text is 'This page location is: "
                     "… Sign In'", html_, pg.boiler)


def lk_intro(pg: Page) -> Lookalike:
    paras = [
        "Sở Y tế Thành phố Hồ Chí Minh là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố, có chức năng tham mưu, giúp Ủy ban nhân dân Thành phố quản lý nhà nước về y tế, bao gồm: y tế dự phòng; khám bệnh, chữa bệnh; phục hồi chức năng; giám định y khoa, pháp y, pháp y tâm thần; y dược cổ truyền; trang thiết bị y tế; dược; mỹ phẩm; an toàn thực phẩm; bảo hiểm y tế; dân số.",
        "Sau ngày giải phóng miền Nam, thống nhất đất nước, ngành y tế Thành phố được thành lập trên cơ sở tiếp quản hệ thống cơ sở y tế của chế độ cũ cùng lực lượng cán bộ y tế từ chiến khu và miền Bắc tăng cường. Những năm đầu, ngành tập trung khôi phục mạng lưới y tế cơ sở, phòng chống dịch bệnh và chăm sóc sức khỏe cho người dân.",
        "Trải qua gần năm mươi năm xây dựng và phát triển, ngành y tế Thành phố đã hình thành mạng lưới khám bệnh, chữa bệnh rộng khắp với hơn 100 bệnh viện công lập và ngoài công lập, nhiều bệnh viện chuyên sâu giữ vai trò tuyến cuối cho các tỉnh phía Nam. Nhiều kỹ thuật cao như ghép tạng, can thiệp tim mạch, phẫu thuật robot đã được thực hiện thường quy.",
        "Với những thành tích đạt được, ngành y tế Thành phố đã được Đảng, Nhà nước trao tặng nhiều phần thưởng cao quý, trong đó có danh hiệu Anh hùng Lao động trong thời kỳ đổi mới và Huân chương Độc lập hạng Nhất.",
    ]
    content = "<h1 class=\"page-title\">Lịch sử hình thành và phát triển</h1>" + "".join(
        f"<p>{esc(p)}</p>" for p in paras)
    url = "https://medinet.gov.vn/gioi-thieu/Pages/lich-su-hinh-thanh.aspx"
    return Lookalike("lk-08", "Sở Y tế Thành phố Hồ Chí Minh", "medinet.gov.vn", url,
                     "Lịch sử hình thành và phát triển", "other",
                     "introduction page (Giới thiệu / history): long prose, no date, not news",
                     sp_shell(pg, "Lịch sử hình thành và phát triển", ["Sở Y tế TP.HCM", "Giới thiệu", "Pages",
                                                                       "Lịch sử hình thành"], content, True), pg.boiler)


def lk_mail_friend(pg: Page) -> Lookalike:
    content = (f'<div class="send-friend"><h3>{pg.n("GỬI BÀI VIẾT CHO BẠN BÈ")}</h3><p>Bài viết: <strong>Thành phố '
               f"Hồ Chí Minh triển khai tiêm vắc xin sởi cho trẻ từ 1 đến 10 tuổi</strong></p>"
               f'<table class="form"><tr><td>{pg.n("Họ tên người gửi")} (*)</td><td><input type="text" name="sender"></td></tr>'
               f'<tr><td>{pg.n("Email người gửi")} (*)</td><td><input type="text" name="from"></td></tr>'
               f'<tr><td>{pg.n("Email người nhận")} (*)</td><td><input type="text" name="to"></td></tr>'
               f'<tr><td>{pg.n("Lời nhắn")}</td><td><textarea name="msg" rows="5"></textarea></td></tr>'
               f'<tr><td>{pg.n("Mã xác nhận")}</td><td><img src="/_layouts/captcha.ashx" alt=""><input name="captcha"></td></tr>'
               f'</table><p><input type="submit" value="Gửi"> <input type="button" value="Đóng" onclick="window.close()"></p>'
               f'<p class="note">{pg.n("Các mục đánh dấu (*) là bắt buộc.")}</p></div>')
    url = "https://medinet.gov.vn/_layouts/Medinet/SendToFriend.aspx?ItemID=28300"
    return Lookalike("lk-09", "Sở Y tế Thành phố Hồ Chí Minh", "medinet.gov.vn", url, "Gửi bài viết cho bạn bè",
                     "other", "mail-a-friend form for an article (its title is shown, its text is not)",
                     sp_shell(pg, "Gửi bài viết cho bạn bè", ["Sở Y tế TP.HCM", "_layouts", "SendToFriend"], content,
                              False), pg.boiler)


def lk_category_featured(pg: Page) -> Lookalike:
    feat = ("Bệnh viện Đa khoa tỉnh Quảng Trị triển khai kỹ thuật can thiệp nội mạch điều trị phình động mạch não",
            "22/05/2024 15:30",
            "Lần đầu tiên tại Quảng Trị, ê-kíp Khoa Can thiệp tim mạch - mạch máu, Bệnh viện Đa khoa tỉnh đã thực hiện thành công kỹ thuật đặt coil điều trị phình động mạch não cho bệnh nhân nữ 56 tuổi. Trước đây, các trường hợp này phải chuyển ra Bệnh viện Trung ương Huế. Sau can thiệp, bệnh nhân tỉnh táo, không có biến chứng và đã được xuất viện. Việc làm chủ kỹ thuật giúp người dân trong tỉnh tiết kiệm chi phí, thời gian và tăng cơ hội cứu sống người bệnh.")
    rest = [
        ("Trung tâm Y tế huyện Hải Lăng khai trương Đơn nguyên sơ sinh", "20/05/2024 09:12",
         "Đơn nguyên sơ sinh được đầu tư lồng ấp, máy thở CPAP, đèn chiếu vàng da, giúp chăm sóc trẻ sinh non, nhẹ cân ngay tại tuyến huyện."),
        ("Khám, tư vấn miễn phí bệnh lý cột sống cho người dân Vĩnh Linh", "17/05/2024 16:45",
         "Hơn 300 người dân được các bác sĩ chuyên khoa khám, chụp X-quang và tư vấn điều trị thoát vị đĩa đệm, thoái hóa cột sống."),
        ("Bệnh viện Đa khoa khu vực Triệu Hải đạt chứng nhận Bệnh viện an toàn người bệnh", "14/05/2024 10:20",
         "Đoàn đánh giá ghi nhận bệnh viện đã triển khai tốt các giải pháp nhận diện người bệnh, an toàn phẫu thuật và phòng ngừa té ngã."),
        ("Cấp cứu thành công bệnh nhân ngộ độc nấm rừng", "10/05/2024 08:05",
         "Ba người trong một gia đình ở huyện Hướng Hóa nhập viện sau khi ăn nấm hái trong rừng, được lọc máu và điều trị tích cực."),
    ]
    main = (f'<div class="category"><h1 class="cat-name">{pg.n("Khám chữa bệnh")}</h1>'
            f'<div class="featured"><a href="/tin-tuc-su-kien/kham-chua-benh/{slugify(feat[0])}.html"><img '
            f'src="/uploads/news/feat.jpg" alt=""></a><h2><a href="/tin-tuc-su-kien/kham-chua-benh/{slugify(feat[0])}'
            f'.html">{esc(feat[0])}</a></h2><div class="date">{feat[1]}</div><p class="summary">{esc(feat[2])}</p></div>'
            + "".join(f'<div class="item"><a href="/tin-tuc-su-kien/kham-chua-benh/{slugify(t)}.html"><img src="/uploads/'
                      f'news/{k}.jpg" alt=""></a><h3><a href="/tin-tuc-su-kien/kham-chua-benh/{slugify(t)}.html">{esc(t)}'
                      f'</a></h3><div class="date">{dd}</div><p class="summary">{esc(s)}</p></div>'
                      for k, (t, dd, s) in enumerate(rest))
            + '<ul class="pagination"><li class="active"><span>1</span></li><li><a href="?page=2">2</a></li>'
              '<li><a href="?page=3">3</a></li><li><a href="?page=2">Trang sau</a></li></ul></div>')
    menu = [("Trang chủ", []), ("Giới thiệu", []), ("Tin tức - Sự kiện", ["Khám chữa bệnh", "Y tế dự phòng", "Dược"]),
            ("Văn bản chỉ đạo", []), ("Thủ tục hành chính", []), ("Liên hệ", [])]
    html_ = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Khám chữa bệnh - Sở Y tế Quảng Trị</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="website"><link rel="stylesheet" href="/assets/css/app.css"></head>
<body>
<header><div class="container"><div class="logo"><img src="/assets/img/logo.png" alt=""><span>{pg.n("SỞ Y TẾ TỈNH QUẢNG TRỊ")}</span></div></div><nav>{simple_menu(pg, menu, "main-menu", "dropdown")}</nav></header>
<div class="container"><div class="breadcrumb"><a href="/">{pg.n("Trang chủ")}</a> / <a href="/tin-tuc-su-kien">{pg.n("Tin tức - Sự kiện")}</a></div>
<div class="row"><div class="col-8">{main}</div>
<div class="col-4"><div class="box"><h3>{pg.n("Văn bản mới")}</h3><ul><li><a href="#">{pg.n("Quyết định phê duyệt danh mục kỹ thuật năm 2024")}</a></li><li><a href="#">{pg.n("Kế hoạch kiểm tra bệnh viện cuối năm 2024")}</a></li></ul></div>
<div class="box"><h3>{pg.n("Lượt truy cập")}</h3><p>{pg.n("Hôm nay: 1.021")}</p><p>{pg.n("Tổng: 3.907.655")}</p></div></div></div></div>
<footer><div class="container"><p>{pg.n("Sở Y tế tỉnh Quảng Trị - Số 34 Trần Hưng Đạo, thành phố Đông Hà")}</p><p>{pg.n("Điện thoại: 0233.3852.481")}</p></div></footer>
</body></html>"""
    url = "https://dohquangtri.gov.vn/tin-tuc-su-kien/kham-chua-benh"
    return Lookalike("lk-10", "Sở Y tế tỉnh Quảng Trị", "dohquangtri.gov.vn", url, "Khám chữa bệnh", "listing",
                     "category listing led by a featured article with its whole summary, then four more with summaries",
                     html_, pg.boiler)


LOOKALIKES = (lk_schedule, lk_structure, lk_attachment, lk_listing_intros, lk_qa, lk_soft404, lk_sharepoint_shell,
              lk_intro, lk_mail_friend, lk_category_featured)


# --------------------------------------------------------------------------- building and checking

THEMES = {
    "cangiuoc": page_elementor_a, "ndchieu": page_elementor_b, "sannhicm": page_elementor_c,
    "cdcbl": page_flatsome_a, "kientuong": page_flatsome_b, "cdcbp": page_flatsome_c,
    "longan": page_unit_longan, "vinhlong": page_unit_vinhlong, "baclieu": page_unit_baclieu,
    "chauthanh": page_nodate_chauthanh, "qncdc": page_nodate_qncdc, "bentre": page_nodate_bentre,
}
PREFIX_FAMILY = {"el": "elementor", "fs": "flatsome", "ut": "unittitle", "nd": "nodate"}
CONTENT_TYPES = {"longan": "text/html; charset=utf-8", "vinhlong": "text/html; charset=utf-8",
                 "qncdc": "text/html; charset=utf-8", "bentre": "text/html; charset=utf-8",
                 "baclieu": "text/html; charset=UTF-8"}

FAMILY_ABOUT = {
    "elementor": "WordPress + Elementor Pro single-post templates: the body is in .elementor-widget-theme-post-content "
                 "inside containers whose classes say sidebar/widget/footer; title in .elementor-heading-title (h1 or "
                 "h2), date in .elementor-post-info (with a 'sáng/chiều' time, as '12 Tháng Ba, 2024', or with a "
                 "'Cập nhật' date beside it). el-03 is a short announcement with a scanned attachment, el-06 has no "
                 "date anywhere (published null), el-09 has two paragraphs that start with links to other articles.",
    "flatsome": "WordPress + Flatsome: .article-inner, .entry-header-text, .entry-divider.is-divider, "
                ".entry-content.single-page, #secondary.widget-area, .badge date boxes (day + 'Th7', no year). "
                "Kiến Tường's pages show only the badge (the full date is in Yoast metadata, which is the reference); "
                "Bình Phước's related-posts block sits inside .entry-content. fs-03 is a short announcement with an "
                "attachment, fs-06 has two paragraphs that start with links.",
    "unittitle": "<title> is 'Unit - Headline' or 'Headline | Unit'; the unit's name is an <h1> logo on every page "
                 "(Bạc Liêu also has an <h1> sidebar box); the headline is an h2, a div or an h3. Three seed stories "
                 "(Long An, Tam Bình via Vĩnh Long, Bạc Liêu) with their real leaks as page furniture.",
    "nodate": NODATE_ABOUT + " Châu Thành (WordPress): date only in the /YYYY/MM/DD/ URL -> day; Quảng Nam CDC "
              "(Joomla, publish date hidden): no date at all -> null (nd-04 is a long seed story whose text says only "
              "'Chiều ngày 19/12'); Bến Tre: JSON-LD datePublished only -> that value. No page shows any date in its "
              "furniture either.",
    "lookalikes": "Pages that are not articles: only their kind is scored ('listing' or 'other'; 'lost'/'false art' "
                  "in bench/extraction.py). title is the page's heading, for information; published is null and "
                  "body empty; must_not_contain lists the page furniture, for information.",
}


def visible_text(markup: str) -> str:
    """The text a reader sees in <body>: no head, scripts, styles; block tags separate words, inline tags don't."""
    inline_tags = {"a", "b", "strong", "em", "i", "span", "small", "time", "sup", "sub", "abbr", "u", "font", "label"}

    class _V(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("head", "title", "script", "style", "noscript", "template"):
                self.skip += 1
            if tag not in inline_tags:
                self.parts.append(" ")

        def handle_endtag(self, tag):
            if tag in ("head", "title", "script", "style", "noscript", "template") and self.skip:
                self.skip -= 1
            if tag not in inline_tags:
                self.parts.append(" ")

        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data)

    parser = _V()
    parser.feed(markup)
    return squash("".join(parser.parts))


def clip(text: str, limit: int = 120) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:")


def segments(story: Story) -> list[str]:
    texts = story.text_paras
    links = [p for p in story.paras if p.kind == "linkp"]
    caps = [p for p in story.paras if p.kind == "caption"]
    out = [clip(texts[0].text), clip(texts[-1].text)]
    third = links[0] if links else (caps[0] if caps else texts[len(texts) // 2])
    out.append(clip(third.text))
    seen: list[str] = []
    for s in out:
        if s not in seen:
            seen.append(s)
    return seen


DATE_SHOWN = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|Tháng [A-ZÀ-Ỹa-zà-ỹ ]+,? \d{4}")


def check_article(entry: dict, markup: str, family: str, problems: list[str]) -> None:
    pid = entry["id"]
    text = visible_text(markup)
    body = squash(entry["body"])
    if squash(entry["title"]) not in text:
        problems.append(f"{pid}: title not on the page")
    for seg in entry["must_contain"]:
        if squash(seg) not in body:
            problems.append(f"{pid}: segment not in the body: {seg[:50]!r}")
        if squash(seg) not in text:
            problems.append(f"{pid}: segment not on the page: {seg[:50]!r}")
    for line in entry["body"].split("\n"):
        if not line or line != line.strip():
            problems.append(f"{pid}: empty or padded body line")
        if squash(line) not in text:
            problems.append(f"{pid}: body line not on the page: {line[:50]!r}")
    for boiler in entry["must_not_contain"]:
        if squash(boiler) not in text:
            problems.append(f"{pid}: boilerplate not on the page: {boiler[:50]!r}")
        if squash(boiler) in body:
            problems.append(f"{pid}: boilerplate also in the body: {boiler[:50]!r}")
    value = entry["published"]
    if value:
        day = dt.date.fromisoformat(value[:10])
        forms = [f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", value[:10], f"{day:%Y/%m/%d}",
                 f"{day.day} Tháng {WP_MONTHS[day.month - 1]}, {day.year}",
                 f"Tháng {WP_MONTHS[day.month - 1]} {day.day}, {day.year}"]
        if not any(f in markup or f in entry["url"] for f in forms):
            problems.append(f"{pid}: the page gives no {value[:10]}")
        if len(value) > 10 and value not in markup and f"{dt.datetime.fromisoformat(value):%H:%M}" not in markup \
                and vi_ampm(dt.datetime.fromisoformat(value)) not in markup:
            problems.append(f"{pid}: the page gives no time of {value}")
    if family == "nodate":
        furniture = text
        for line in entry["body"].split("\n"):
            furniture = furniture.replace(squash(line), " ")
        if DATE_SHOWN.search(furniture):
            problems.append(f"{pid}: a date is shown: {DATE_SHOWN.search(furniture).group(0)!r}")


def build() -> tuple[dict[str, dict], dict[str, bytes], list[str]]:
    """(family.json contents by family, file bytes by path relative to corpus/, problems)."""
    stories = parse_stories(STORIES)
    families: dict[str, dict] = {f: {"family": {"name": FAMILY_META[f], "held_out": True, "about": FAMILY_ABOUT[f]},
                                     "pages": []} for f in FAMILY_META}
    files: dict[str, bytes] = {}
    problems: list[str] = []
    for story in stories.values():
        family = PREFIX_FAMILY[story.id[:2]]
        pg = Page(story.body)
        markup = nfc(THEMES[story.site](story, stories, pg))
        rel = f"{family}/{story.id}.html"
        files[rel] = markup.encode("utf-8")
        entry = {
            "id": story.id, "family": family, "held_out": True, "kind": "article", "file": rel,
            "url": story_url(story), "content_type": CONTENT_TYPES.get(story.site, "text/html; charset=UTF-8"),
            "site": SITES[story.site].name, "title": story.title, "published": story.iso, "body": story.body,
            "must_contain": segments(story), "must_not_contain": pg.boiler,
        }
        notes = [story.meta[k] for k in ("tricky", "seed", "date_source") if k in story.meta]
        if notes:
            entry["notes"] = "; ".join(f"{k}: {story.meta[k]}" for k in ("tricky", "seed", "date_source")
                                       if k in story.meta)
        check_article(entry, markup, family, problems)
        families[family]["pages"].append(entry)
    for make in LOOKALIKES:
        pg = Page()
        la = make(pg)
        rel = f"lookalikes/{la.id}.html"
        markup = nfc(la.html)
        files[rel] = markup.encode("utf-8")
        text = visible_text(markup)
        for boiler in la.boiler:
            if squash(boiler) not in text:
                problems.append(f"{la.id}: boilerplate not on the page: {boiler[:50]!r}")
        families["lookalikes"]["pages"].append({
            "id": la.id, "family": "lookalikes", "held_out": True, "kind": la.kind, "file": rel, "url": la.url,
            "content_type": "text/html; charset=utf-8", "status": la.status, "site": la.site, "title": la.title,
            "published": None, "body": "", "must_contain": [], "must_not_contain": la.boiler, "notes": la.about})
    for family, data in families.items():
        pages = data["pages"]
        if len(pages) < 9:
            problems.append(f"{family}: {len(pages)} pages, fewer than 9")
        if len({p["site"] for p in pages}) < 3:
            problems.append(f"{family}: fewer than 3 publishers")
        data["family"]["publishers"] = sorted({p["site"] for p in pages})
    all_pages = [p for data in families.values() for p in data["pages"]]
    if len({p["url"] for p in all_pages}) != len(all_pages):
        problems.append("two pages share a URL")
    articles = [p for p in all_pages if p["kind"] == "article"]
    if len({p["title"] for p in articles}) != len(articles):
        problems.append("two articles share a title")
    return families, files, problems


def main() -> int:
    families, files, problems = build()
    if problems:
        print("heldout_families.py: nothing written:", *problems, sep="\n  ", file=sys.stderr)
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
