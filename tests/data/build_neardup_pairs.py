"""Build tests/data/neardup_pairs.json, the labelled near-duplicate set.

    python tests/data/build_neardup_pairs.py

Every text comes from the 46 demo stories (crawler/demo/sites/*/stories.txt, five
of them the clean text of the seed documents). Nothing is random:

- true near-duplicates ("dup"): a story and the same story as another site
  republishes it, made by the edit operations below (a "(Nguồn: …)" first line,
  another photo caption, another signature, a dropped paragraph, a fixed typo, a
  republisher's intro sentence, different leaked boilerplate around the body),
  alone and combined, and stories carried by three sites;
- hard non-duplicates ("distinct"): two stories of the same event type and
  season from the same kind of unit (party review conferences, Doctors' Day
  meetings, dengue, vaccination, food safety, training courses); "twins", a
  second unit's (or week's, or year's) report written from the same template,
  stock sentences kept, names, numbers and places changed (TWINS, by hand); and
  short texts that are mostly stock phrases or leaked boilerplate.
"""

from __future__ import annotations

import itertools
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from crawler.demo.server import SITES_DIR  # noqa: E402
from tests.builders.common import Story, load_stories  # noqa: E402

OUT = Path(__file__).with_name("neardup_pairs.json")
Doc = list[tuple[str, str]]  # (kind, text): kind is p | img | cell | byline | extra

# The unit behind each demo site, as a republisher names it.
UNITS = {
    "ttyt-dnn": "Trung tâm Y tế huyện Tam Bình",
    "cdc-nukeviet": "Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Long",
    "soyte-liferay": "Sở Y tế Vĩnh Long",
    "cdc-joomla": "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam",
    "benhvien-wordpress": "Bệnh viện Đa khoa tỉnh Bạc Liêu",
}
SHORT_UNITS = {
    "ttyt-dnn": "TTYT huyện Tam Bình", "cdc-nukeviet": "CDC Vĩnh Long", "soyte-liferay": "Sở Y tế Vĩnh Long",
    "cdc-joomla": "CDC Quảng Nam", "benhvien-wordpress": "BVĐK Bạc Liêu",
}
# Where a copy goes: the next site along (a Sở republishes a TTYT, a CDC a Sở, …).
REPUBLISHER = {
    "ttyt-dnn": "soyte-liferay", "soyte-liferay": "cdc-nukeviet", "cdc-nukeviet": "soyte-liferay",
    "cdc-joomla": "soyte-liferay", "benhvien-wordpress": "soyte-liferay",
}
CAPTIONS = [
    "Ảnh minh họa", "Ảnh: Quang cảnh buổi làm việc", "Ảnh: Các đại biểu tham dự chụp ảnh lưu niệm",
    "Ảnh: Lãnh đạo đơn vị phát biểu tại buổi lễ", "Ảnh: Cán bộ y tế tại buổi triển khai",
]
SIGNATURES = [
    ["PV (tổng hợp)"], ["THU HÀ", "Phòng Nghiệp vụ Y, Sở Y tế"], ["BBT Website"], ["Ngọc Hân (theo {short})"],
    ["Văn phòng Sở"],
]


def stories() -> dict[str, Story]:
    return {s.id: s for site in sorted(p.name for p in SITES_DIR.iterdir())
            for s in load_stories(SITES_DIR / site / "stories.txt", site)}


def doc(story: Story) -> Doc:
    out: Doc = [("p", story.lead)] if story.lead else []
    for block in story.blocks:
        if block.kind == "table":
            out += [("cell", cell) for row in block.rows for cell in row]
        elif block.kind == "p":
            out.append(("p", block.text))
        elif block.text:
            out.append(("img", block.text))
    return out + [("byline", line) for line in story.byline]


def render(d: Doc) -> str:
    return "\n".join(text for _, text in d)


# --- edit operations: what a republisher does to a story -----------------------------------

def source_line(d: Doc, story: Story) -> Doc:
    return [("extra", f"(Nguồn: {SHORT_UNITS[story.site]})")] + d


def intro(d: Doc, story: Story) -> Doc:
    """A republisher's sentence before the lead."""
    sentence = (f"Theo thông tin từ {UNITS[story.site]}, đơn vị vừa có bài viết phản ánh hoạt động "
                f"được nhiều bạn đọc quan tâm. Trang thông tin điện tử giới thiệu nội dung bài viết.")
    return [("extra", sentence)] + d


def caption(d: Doc, n: int) -> Doc:
    """Another photo, so another caption (one added after the lead when there was none)."""
    new = CAPTIONS[n % len(CAPTIONS)]
    if not any(kind == "img" for kind, _ in d):
        return d[:1] + [("img", new)] + d[1:]
    return [(kind, new if kind == "img" else text) for kind, text in d]


def signature(d: Doc, story: Story, n: int) -> Doc:
    lines = [line.format(short=SHORT_UNITS[story.site]) for line in SIGNATURES[n % len(SIGNATURES)]]
    return [u for u in d if u[0] != "byline"] + [("byline", line) for line in lines]


def drop_paragraph(d: Doc, n: int) -> Doc:
    """The copy leaves out one paragraph (never the lead): the last one, or the one before."""
    paragraphs = [i for i, (kind, _) in enumerate(d) if kind == "p"][1:]
    if not paragraphs:
        return d
    drop = paragraphs[-1 - (n % 2) if len(paragraphs) > 1 else -1]
    return d[:drop] + d[drop + 1:]


def with_typos(d: Doc) -> Doc:
    """The original as first published, with typos the copy fixed: a tone mark
    left out in three words and one word typed twice."""
    out: Doc = []
    for index, (kind, text) in enumerate(d):
        if kind == "p" and index == 0:
            words = text.split(" ")
            marked = [i for i, w in enumerate(words) if _drop_mark(w) != w]
            for i in marked[2:len(marked):max(1, len(marked) // 3)][:3]:
                words[i] = _drop_mark(words[i])
            if len(words) > 12:
                words.insert(12, words[11])
            text = " ".join(words)
        out.append((kind, text))
    return out


def _drop_mark(word: str) -> str:
    """The word with its tone mark (not its vowel shape) left out: "được" -> "đươc"."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))


def boilerplate(d: Doc, site: str, related: list[str]) -> Doc:
    """The leaked navigation, share buttons, related lists and footer a site adds."""
    head, foot = BOILERPLATE[site]
    return ([("extra", line) for line in head] + d + [("extra", line) for line in foot]
            + [("extra", title) for title in related[:3]])


BOILERPLATE = {
    "soyte-liferay": (["Tin tức - Sự kiện", "Tiếng Việt | English"],
                      ["Chia sẻ bài viết", "In bài viết", "Gửi email", "Các tin khác"]),
    "cdc-nukeviet": (["Tin hoạt động"],
                     ["Tác giả bài viết: Ban biên tập", "Nguồn tin: Trung tâm Kiểm soát bệnh tật",
                      "Những tin mới hơn"]),
    "benhvien-wordpress": ([], ["Chia sẻ bài viết", "Trả lời",
                               "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
                               "Bình luận", "Bài viết liên quan"]),
    "cdc-joomla": (["Trang chủ » Tin tức - Sự kiện"], ["In bài viết", "Gửi email", "Tin liên quan"]),
    "ttyt-dnn": (["Hoạt động chuyên môn"],
                 ["Đã xem: 374", "Ghi rõ nguồn Trung tâm Y tế huyện khi phát hành lại thông tin từ website này",
                  "Tin khác"]),
}


# --- the pairs ------------------------------------------------------------------------------

def _related(all_stories: dict[str, Story], site: str, skip: str) -> list[str]:
    return [s.title for s in all_stories.values() if s.site == site and s.id != skip]


def variant(kind: str, story: Story, n: int, all_stories: dict[str, Story]) -> tuple[str, str]:
    """(original text, copy text) for one edit kind ("+"-joined kinds combine)."""
    original, copy = doc(story), doc(story)
    for step in kind.split("+"):
        if step == "source":
            copy = source_line(copy, story)
        elif step == "intro":
            copy = intro(copy, story)
        elif step == "caption":
            copy = caption(copy, n)
        elif step == "signature":
            copy = signature(copy, story, n)
        elif step == "drop":
            copy = drop_paragraph(copy, n)
        elif step == "typo":
            original = with_typos(original)
        elif step == "boilerplate":
            other = REPUBLISHER[story.site]
            original = boilerplate(original, story.site, _related(all_stories, story.site, story.id))
            copy = boilerplate(copy, other, _related(all_stories, other, story.id))
        else:
            raise ValueError(step)
    return render(original), render(copy)


SINGLE = ["source", "caption", "signature", "drop", "typo", "intro", "boilerplate"]
COMBOS = ["intro+caption+signature", "source+drop", "boilerplate+typo", "drop+caption+signature",
          "source+caption", "intro+drop", "boilerplate+signature"]
# Stories carried by three sites: the original, and two differently edited copies.
THREE_SITES = {"s02": ("source+signature", "boilerplate+caption"), "s03": ("intro", "drop+signature"),
               "s11": ("source", "boilerplate+drop"), "s12": ("caption+signature", "intro+typo"),
               "s13": ("source+caption", "drop"), "s21": ("boilerplate", "intro+signature")}


def positives(all_stories: dict[str, Story]) -> list[dict]:
    pairs = []
    for n, (sid, story) in enumerate(sorted(all_stories.items())):
        kinds = [SINGLE[n % len(SINGLE)]] + ([COMBOS[(n // 3) % len(COMBOS)]] if n % 3 == 0 else [])
        for kind in kinds:
            a, b = variant(kind, story, n, all_stories)
            pairs.append(_pair(f"{sid}:{kind}", "dup", kind, a, b))
    for sid, (first, second) in THREE_SITES.items():
        story = all_stories[sid]
        original, copy1 = variant(first, story, 1, all_stories)
        _, copy2 = variant(second, story, 2, all_stories)
        pairs += [_pair(f"{sid}:3sites:{i}", "dup", "three-sites", x, y)
                  for i, (x, y) in enumerate([(original, copy1), (original, copy2), (copy1, copy2)])]
    return pairs


# Same event type and season, same kind of unit: every pair within a group.
GROUPS = {
    "party-review": ["s01", "s10", "s20", "s21", "s29", "s38"],
    "doctors-day": ["s04", "s17", "s23", "s36", "s44"],
    "dengue": ["s02", "s08", "s13", "s35", "s43"],
    "vaccination": ["s06", "s11", "s15", "s18", "s24", "s31", "s37"],
    "food-safety": ["s05", "s14", "s22", "s27"],
    "training": ["s12", "s25", "s34", "s40"],
    "outbreak-response": ["s19", "s30", "s32"],
}


def negatives(all_stories: dict[str, Story]) -> list[dict]:
    pairs = []
    for group, sids in GROUPS.items():
        for x, y in itertools.combinations(sids, 2):
            pairs.append(_pair(f"{x}~{y}", "distinct", group,
                               render(doc(all_stories[x])), render(doc(all_stories[y]))))
    for sid, edits in TWINS.items():
        story = all_stories[sid]
        original = render(doc(story))
        twin = _apply(original, edits, sid)
        pairs.append(_pair(f"{sid}~twin", "distinct", "twin", original, twin))
        if sid in TWINS_SAME_SITE:
            wrapped = render(boilerplate(doc(story), story.site, _related(all_stories, story.site, sid)))
            twin_wrapped = _apply(wrapped, edits, sid)
            pairs.append(_pair(f"{sid}~twin:same-site", "distinct", "twin-same-site", wrapped, twin_wrapped))
    for name, (a, b) in SHORT.items():
        texts = {"s": all_stories}
        pairs.append(_pair(name, "distinct", "short-boilerplate", _short(a, texts), _short(b, texts)))
    return pairs


def _short(spec: str, texts: dict) -> str:
    """A story id, or literal text."""
    return render(doc(texts["s"][spec])) if spec in texts["s"] else spec


def _apply(text: str, edits: list[tuple[str, str]], sid: str) -> str:
    for old, new in edits:
        if old not in text:
            raise ValueError(f"twin of {sid}: {old!r} not in text")
        text = text.replace(old, new)
    return text


def _pair(pid: str, label: str, kind: str, a: str, b: str) -> dict:
    return {"id": pid, "label": label, "kind": kind, "a": a, "b": b}


# A second unit's, week's or year's report from the same template: the stock
# sentences kept word for word, the names, numbers, places and specific facts
# changed (as a writer reusing last year's article, or a sister unit's, does).
TWINS: dict[str, list[tuple[str, str]]] = {
    "s01": [  # Party committee of TTYT Trà Ôn, same conference, same week
        ("07/07/2023", "11/07/2023"), ("Bùi Thanh Tùng", "Nguyễn Hoàng Phúc"), ("Phạm Văn Lộc", "Lê Thị Kim Thoa"),
        ("Tam Bình", "Trà Ôn"),
        ("8 chi bộ trực thuộc với 201 đảng viên, trong đó có 189 đảng viên chính thức và 12 đảng viên dự bị",
         "6 chi bộ trực thuộc với 143 đảng viên, trong đó có 135 đảng viên chính thức và 8 đảng viên dự bị"),
        ("cao cấp: 03 đồng chí, trung cấp: 39 đồng chí và đang đi học là 07 đồng chí",
         "cao cấp: 02 đồng chí, trung cấp: 27 đồng chí và đang đi học là 05 đồng chí"),
        ("Những biến động tình hình Thế giới và đường lối đối ngoại của Việt Nam",
         "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng"),
        ("chỉ tiêu thực hiện Chương trình tiêm chủng mở rộng và chỉ tiêu về Tổng tỷ suất sinh đạt còn thấp so "
         "chỉ tiêu kế hoạch năm 2023", "công tác phát triển đảng viên mới còn chậm, một số chi bộ chưa đổi mới "
         "nội dung sinh hoạt, việc khám chữa bệnh bảo hiểm y tế tại tuyến xã còn giảm so với cùng kỳ"),
        ("Ảnh: đảng viên TTYT Trà Ôn tham dự hội nghị", "Ảnh: Quang cảnh hội nghị sơ kết tại hội trường"),
        ("BÉ HAI", "HOÀNG YẾN"),
    ],
    "s13": [  # the same CDC's dengue report one week later
        ("tuần 23", "tuần 24"), ("612 ca mắc", "671 ca mắc"), ("tăng 35%", "tăng 38%"),
        ("14 ca sốt xuất huyết nặng", "16 ca sốt xuất huyết nặng"),
        ("cao nhất là thành phố Vĩnh Long và huyện Long Hồ", "cao nhất là huyện Long Hồ và huyện Tam Bình"),
        ("xử lý 17 ổ dịch, nâng tổng số ổ dịch được xử lý từ đầu năm lên 96 ổ",
         "xử lý 12 ổ dịch, nâng tổng số ổ dịch được xử lý từ đầu năm lên 108 ổ"),
        ("Thành phố Vĩnh Long\n148\n102\n21", "Thành phố Vĩnh Long\n153\n110\n22"),
        ("Huyện Long Hồ\n121\n90\n19", "Huyện Long Hồ\n139\n95\n23"),
        ("Huyện Tam Bình\n86\n59\n14", "Huyện Tam Bình\n104\n63\n18"),
        ("Huyện Vũng Liêm\n79\n61\n12", "Huyện Vũng Liêm\n84\n66\n13"),
        ("Các địa phương khác\n178\n141\n30", "Các địa phương khác\n191\n152\n32"),
        ("Ảnh: Cán bộ CDC kiểm tra chỉ số lăng quăng tại phường 8, thành phố Vĩnh Long",
         "Ảnh: Phun hóa chất diệt muỗi tại xã Long Phú, huyện Tam Bình"),
    ],
    "s06": [  # the neighbouring district's centre, two days later
        ("Sáng ngày 14/4", "Sáng ngày 16/4"), ("Tam Bình", "Trà Ôn"), ("3 điểm trường", "4 điểm trường"),
        ("11.600 trẻ", "9.850 trẻ"), ("865 trẻ", "1.020 trẻ"),
        ("Bác sĩ Trần Thị Ngọc Hân, Trưởng Khoa Kiểm soát bệnh tật cho biết",
         "Bác sĩ Võ Minh Trí, Phó Giám đốc Trung tâm Y tế huyện cho biết"),
        ("Ảnh: Phụ huynh đưa trẻ đến tiêm vắc xin tại Trường Tiểu học thị trấn Trà Ôn",
         "Ảnh: Nhân viên y tế khám sàng lọc cho trẻ trước khi tiêm tại Trường Tiểu học Thiện Mỹ"),
        ("17 xã, thị trấn", "14 xã, thị trấn"), ("KIM NGÂN", "NGỌC ANH"),
    ],
    "s02": [  # the same centre, another commune's outbreak, two weeks later
        ("Ngày 17/6/2024", "Ngày 02/7/2024"), ("ấp Phú Hòa", "ấp Hòa Thuận"), ("xã Long Phú", "xã Hòa Lộc"),
        ("5 ca mắc trong vòng 10 ngày", "3 ca mắc trong vòng 7 ngày"),
        ("93 ca sốt xuất huyết, tăng 31 ca", "118 ca sốt xuất huyết, tăng 44 ca"),
        ("tập trung chủ yếu ở xã Hòa Lộc, Tường Lộc", "tập trung chủ yếu ở xã Hòa Lộc, Long Phú"),
        ("148 hộ gia đình", "96 hộ gia đình"),
        ("Bác sĩ Nguyễn Văn Thắng, Phó Giám đốc Trung tâm Y tế huyện cho biết",
         "Ông Lê Văn Tư, Phó Chủ tịch Ủy ban nhân dân xã Hòa Lộc cho biết"),
        ("MINH THƯ", "KIM NGÂN"),
    ],
    "s04": [  # the neighbouring district's centre, same anniversary
        ("Chiều ngày 23/2", "Sáng ngày 24/2"), ("Tam Bình", "Trà Ôn"), ("hơn 250 cán bộ", "gần 200 cán bộ"),
        ("185.000 lượt người", "162.000 lượt người"), ("9.400 lượt", "7.800 lượt"), ("104%", "97%"),
        ("Nhiều kỹ thuật mới được triển khai như nội soi tiêu hóa có gây mê, phẫu thuật nội soi cắt ruột thừa, "
         "chạy thận nhân tạo cho 32 bệnh nhân suy thận mạn.",
         "Trung tâm đã đưa vào hoạt động phòng khám đa khoa khu vực Hựu Thành và triển khai khám, chữa bệnh "
         "bảo hiểm y tế bằng căn cước công dân gắn chip."),
        ("2 tập thể và 14 cá nhân", "3 tập thể và 11 cá nhân"), ("5 cá nhân được Giám đốc", "4 cá nhân được Giám đốc"),
        ("20 phần quà", "15 phần quà"), ("BÉ HAI", "HOÀNG YẾN"),
    ],
    "s05": [  # another district's course from the same curriculum
        ("Ngày 08/4/2024", "Ngày 12/4/2024"), ("Tam Bình", "Vũng Liêm"), ("120 chủ cơ sở", "95 chủ cơ sở"),
        ("412 lượt cơ sở, phát hiện 37 cơ sở vi phạm", "356 lượt cơ sở, phát hiện 29 cơ sở vi phạm"),
        ("118 học viên", "93 học viên"),
        ("Ảnh: Học viên làm bài kiểm tra kiến thức sau lớp tập huấn",
         "Ảnh: Báo cáo viên hướng dẫn quy trình chế biến một chiều"),
        ("PHƯƠNG THẢO", "TRỌNG NGHĨA"),
    ],
    "s09": [  # the same centre's screening day in another commune
        ("350 người cao tuổi tại xã Mỹ Thạnh Trung", "280 người cao tuổi tại xã Hậu Lộc"),
        ("97 người", "74 người"), ("38 người", "29 người"), ("21 trường hợp", "16 trường hợp"),
        ("Trạm Y tế xã Mỹ Thạnh Trung", "Trạm Y tế xã Hậu Lộc"),
        ("Bà Lê Thị Út, 72 tuổi, ở ấp Mỹ Phú chia sẻ: “Lâu nay tôi hay chóng mặt mà không biết bị huyết áp cao. "
         "Nhờ đợt khám này, tôi được bác sĩ cho thuốc và dặn dò cách ăn uống, giờ tôi yên tâm hơn nhiều.”",
         "Ông Nguyễn Văn Bảy, 75 tuổi, ở ấp Phú Xuân cho biết, đây là lần đầu tiên ông được đo chức năng hô hấp; "
         "bác sĩ phát hiện ông bị bệnh phổi tắc nghẽn mạn tính giai đoạn sớm và hướng dẫn cách dùng thuốc xịt."),
        ("THANH TÂM", "MINH THƯ"),
    ],
    "s37": [  # the same CDC's campaign in the next district, two weeks later
        ("Từ ngày 29/7/2024", "Từ ngày 12/8/2024"), ("Bắc Trà My", "Nam Trà My"), ("10 ngày", "7 ngày"),
        ("4.500 đối tượng tại xã Trà Ka và Trà Giáp", "3.200 đối tượng tại xã Trà Leng và Trà Dơn"),
        ("thôn 2, xã Trà Ka", "thôn 1, xã Trà Leng"), ("312 người tiếp xúc", "187 người tiếp xúc"),
        ("THU HIỀN", "VĂN TÂM"),
    ],
    "s11": [  # another province's CDC runs the same national campaign
        ("tập trung nhiều nhất tại thành phố Vĩnh Long, huyện Long Hồ và huyện Vũng Liêm",
         "tập trung nhiều nhất tại thành phố Tam Kỳ, thị xã Điện Bàn và huyện Núi Thành"),
        ("Vĩnh Long", "Quảng Nam"), ("từ ngày 05/9 đến 20/9/2024", "từ ngày 10/9 đến 25/9/2024"),
        ("4.812 trẻ", "6.375 trẻ"), ("107 điểm tiêm", "241 điểm tiêm"),
        ("Bác sĩ Lê Văn Hùng", "Bác sĩ Nguyễn Thị Hồng Vân"), ("Trạm Y tế phường 4", "Trạm Y tế phường An Mỹ"),
        ("KHÁNH LINH", "THU HIỀN"),
    ],
    "s22": [  # the same department's inspection a year later
        ("Từ ngày 03/01 đến 05/01/2023", "Từ ngày 22/01 đến 25/01/2024"), ("24 cơ sở", "31 cơ sở"),
        ("huyện Long Hồ và thị xã Bình Minh", "huyện Vũng Liêm và huyện Trà Ôn"),
        ("lấy mẫu lạp xưởng tại một cơ sở sản xuất ở huyện Long Hồ", "kiểm tra cơ sở sản xuất bánh tét ở huyện Trà Ôn"),
        ("19 cơ sở chấp hành tốt", "26 cơ sở chấp hành tốt"), ("28,5 triệu đồng", "34 triệu đồng"),
        ("16 mẫu thực phẩm", "22 mẫu thực phẩm"),
    ],
    "s46": [  # the same hospital's youth union, the next year, another commune
        ("75 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2022), ngày 24/7/2022",
         "76 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2023), ngày 22/7/2023"),
        ("300 người có công", "250 người có công"), ("xã Vĩnh Hậu", "xã Vĩnh Mỹ A"), ("25 bác sĩ", "20 bác sĩ"),
        ("50 phần quà, mỗi phần trị giá 500.000 đồng", "40 phần quà, mỗi phần trị giá 400.000 đồng"),
        ("tặng 20 chiếc xe lăn", "tặng 10 chiếc xe lăn"),
        ("Ông Tô Văn Hai, 78 tuổi, thương binh hạng 2/4, xúc động cho biết nhiều năm nay ông đi lại khó khăn",
         "Bà Nguyễn Thị Lành, 81 tuổi, mẹ liệt sĩ, cho biết mắt bà mờ nhiều năm nay mà chưa có dịp đi khám"),
    ],
}
# Twins also compared as the same site serves them, wrapped in its same leaked boilerplate.
TWINS_SAME_SITE = {"s01", "s13", "s06", "s02", "s05"}

_STOCK_REVIEW = (
    "Hội nghị sơ kết 6 tháng đầu năm 2023\n"
    "Chiều ngày 14/7/2023, Đảng ủy Trung tâm Y tế tổ chức Hội nghị sơ kết 6 tháng đầu năm và triển khai "
    "nhiệm vụ 6 tháng cuối năm 2023. Tham dự Hội nghị có toàn thể đảng viên. Hội nghị đã thông qua báo cáo "
    "kết quả thực hiện nhiệm vụ chính trị 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2023."
)
_WP_FOOTER = ("Chia sẻ bài viết\nTrả lời\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc "
              "được đánh dấu *\nBình luận\nTên *\nEmail *\nTrang web\nLưu tên của tôi, email, và trang web trong "
              "trình duyệt này cho lần bình luận kế tiếp của tôi.\nBài viết liên quan")
SHORT = {
    # mostly stock phrases, against the long reports that contain them
    "stock-review~s01": (_STOCK_REVIEW, "s01"),
    "stock-review~s38": (_STOCK_REVIEW, "s38"),
    "stock-review~s10": (_STOCK_REVIEW, "s10"),
    # two short notices of one site, each mostly its leaked comment form
    "notice~notice": (
        "Thông báo: Bệnh viện tiếp nhận hồ sơ xét tuyển viên chức đợt 2 năm 2024 đến hết ngày 30/9/2024 tại "
        "Phòng Tổ chức cán bộ.\n" + _WP_FOOTER,
        "Thông báo: Từ ngày 01/10/2024, Khoa Khám bệnh làm việc cả sáng thứ Bảy để phục vụ người bệnh có thẻ "
        "bảo hiểm y tế.\n" + _WP_FOOTER),
    "notice~s42": (
        "Thông báo: Ngày hội hiến máu tình nguyện năm 2024 được tổ chức tại hội trường Bệnh viện.\n" + _WP_FOOTER,
        "s42"),
}


def main() -> None:
    all_stories = stories()
    pairs = positives(all_stories) + negatives(all_stories)
    OUT.write_text(json.dumps({"pairs": pairs}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    dups = sum(p["label"] == "dup" for p in pairs)
    print(f"{OUT}: {dups} near-duplicate pairs, {len(pairs) - dups} distinct pairs")


if __name__ == "__main__":
    main()
