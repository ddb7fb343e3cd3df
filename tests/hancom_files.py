"""HWPX and HWP 5.0 files laid out as Hangul (한컴오피스) writes them, with invented text.

tests/native_files.py writes the smallest files the readers accept. Real files carry much more, and
the readers must find the text in it; what is written here follows public descriptions of files
Hangul saved (OWPML section and package parts as kept in public repositories, the HWP 5.0 record
layouts of pyhwp and hwplib):

- a section's root declares the fifteen namespaces Hangul declares (2011 and 2016 URIs); its first
  paragraph holds the section settings (``hp:secPr``) and column and page-number controls before
  the text; every paragraph ends with its ``hp:linesegarray``; a run may hold ``hp:t`` elements,
  controls (a hyperlink is ``hp:fieldBegin``/``hp:fieldEnd`` controls around the text it links) and
  objects; a table or picture in a run is followed by an empty ``<hp:t/>``;
- a table carries its size, position and margins before its rows, and each cell its address, span,
  size and margins after its ``hp:subList``; a picture has a ``hp:shapeComment`` and may have a
  caption; a text box is a ``hp:rect`` whose ``hp:drawText`` holds a sub-list;
- tracked changes are empty ``hp:deleteBegin``/``hp:deleteEnd``/``hp:insertBegin``/``hp:insertEnd``
  elements inside ``hp:t``, the deleted text still in place;
- ``content.hpf``'s metadata: creator, lastsaveby, CreatedDate and ModifiedDate (UTC, ``…Z``) and
  ``date``, the creation time in Korean words and Korean time;
- a package saved with a password lists its encrypted parts in ``META-INF/manifest.xml``.
"""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

from tests import native_files as nf

# --- HWPX ----------------------------------------------------------------------------------------

_URIS = {
    "ha": "http://www.hancom.co.kr/hwpml/2011/app",
    "hp": "http://www.hancom.co.kr/hwpml/2011/paragraph",
    "hp10": "http://www.hancom.co.kr/hwpml/2016/paragraph",
    "hs": "http://www.hancom.co.kr/hwpml/2011/section",
    "hc": "http://www.hancom.co.kr/hwpml/2011/core",
    "hh": "http://www.hancom.co.kr/hwpml/2011/head",
    "hhs": "http://www.hancom.co.kr/hwpml/2011/history",
    "hm": "http://www.hancom.co.kr/hwpml/2011/master-page",
    "hpf": "http://www.hancom.co.kr/schema/2011/hpf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "opf": "http://www.idpf.org/2007/opf/",
    "ooxmlchart": "http://www.hancom.co.kr/hwpml/2016/ooxmlchart",
    "hwpunitchar": "http://www.hancom.co.kr/hwpml/2016/HwpUnitChar",
    "epub": "http://www.idpf.org/2007/ops",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}
NAMESPACES = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _URIS.items())
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
_LINESEG = (
    '<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1300" textheight="1300" '
    'baseline="1105" spacing="912" horzpos="0" horzsize="48188" flags="393216"/></hp:linesegarray>'
)
_SIZE = (
    '<hp:sz width="48190" widthRelTo="ABSOLUTE" height="4395" heightRelTo="ABSOLUTE" protect="0"/>'
    '<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" '
    'vertRelTo="PARA" horzRelTo="PARA" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
    '<hp:outMargin left="283" right="283" top="283" bottom="283"/>'
)
# a symbol from Hangul's own fonts, as files keep it: a private-use character of plane 15
HANGUL_SYMBOL = "\U000f0039"


def paragraph(*runs: str) -> str:
    return f'<hp:p id="0" paraPrIDRef="50" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">{"".join(runs)}{_LINESEG}</hp:p>'


def run(*items: str) -> str:
    return f'<hp:run charPrIDRef="15">{"".join(items)}</hp:run>'


def t(text: str = "", raw: str = "") -> str:
    """A text element: ``text`` escaped, then ``raw`` XML (its child elements) as it is."""
    inner = escape(text) + raw
    return f"<hp:t>{inner}</hp:t>" if inner else "<hp:t/>"


def first_paragraph(text: str) -> str:
    """The section's first paragraph: its settings, then its column and page-number controls, then text."""
    settings = (
        '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
        'tabStopUnit="HWPUNIT" outlineShapeIDRef="1" memoShapeIDRef="0" textVerticalWidthHead="0" '
        'masterPageCnt="0"><hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>'
        '<hp:pagePr landscape="WIDELY" width="59528" height="84188" gutterType="LEFT_ONLY">'
        '<hp:margin header="4251" footer="2834" gutter="0" left="5669" right="5669" top="4251" bottom="4251"/>'
        "</hp:pagePr></hp:secPr>"
        '<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>'
    )
    page_number = '<hp:ctrl><hp:pageNum pos="BOTTOM_CENTER" formatType="DIGIT" sideChar="-"/></hp:ctrl>'
    return paragraph(run(settings), run(page_number, t(text)))


def table(rows: list[list[str]]) -> str:
    """A table as Hangul writes it, in a run of its own and followed by an empty text element."""
    cells = []
    for r, row in enumerate(rows):
        tcs = "".join(
            '<hp:tc name="" header="0" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="15">'
            '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" '
            'linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">'
            f"{paragraph(run(t(cell)))}</hp:subList>"
            f'<hp:cellAddr colAddr="{c}" rowAddr="{r}"/><hp:cellSpan colSpan="1" rowSpan="1"/>'
            '<hp:cellSz width="24095" height="2413"/><hp:cellMargin left="141" right="141" top="141" bottom="141"/>'
            "</hp:tc>"
            for c, cell in enumerate(row)
        )
        cells.append(f"<hp:tr>{tcs}</hp:tr>")
    return (
        f'<hp:tbl id="2089968183" zOrder="4" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
        f'lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="{len(rows)}" '
        f'colCnt="{len(rows[0])}" cellSpacing="0" borderFillIDRef="11" noAdjust="0">{_SIZE}'
        f'<hp:inMargin left="141" right="141" top="141" bottom="141"/>{"".join(cells)}</hp:tbl>'
    )


def picture(caption: str) -> str:
    """A photo placed as a character, with its shape comment and a caption under it."""
    return (
        '<hp:pic id="2089968262" zOrder="14" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" '
        'textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="1016226439" reverse="0">'
        '<hp:offset x="0" y="0"/><hp:orgSz width="35700" height="35700"/><hp:curSz width="8981" height="8622"/>'
        '<hc:img binaryItemIDRef="image1" bright="0" contrast="0" effect="REAL_PIC" alpha="0"/>'
        f"{_SIZE}<hp:shapeComment>그림입니다.\n원본 그림의 이름: 협약식.jpg</hp:shapeComment>"
        '<hp:caption side="BOTTOM" fullSz="0" width="8504" gap="850" lastWidth="8981">'
        f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP">{paragraph(run(t(caption)))}'
        "</hp:subList></hp:caption></hp:pic>"
    )


def text_box(*paragraphs: str) -> str:
    """A rectangle with a text box, as a run item."""
    return (
        '<hp:rect id="1" zOrder="2" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
        'lock="0" dropcapstyle="None" href="" groupLevel="0" instid="2" ratio="0">'
        '<hp:offset x="0" y="0"/><hp:orgSz width="20000" height="6000"/><hp:curSz width="0" height="0"/>'
        '<hp:drawText lastWidth="19432" name="" editable="0">'
        '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER">'
        f'{"".join(paragraphs)}</hp:subList><hp:textMargin left="283" right="283" top="283" bottom="283"/>'
        f"</hp:drawText>{_SIZE}</hp:rect>"
    )


def switch(case: str, default: str) -> str:
    """Alternative content: ``case`` for readers that know the 2016 namespace, ``default`` for others."""
    return (
        f'<hp:switch><hp:case hp:required-namespace="{_URIS["hp10"]}">{case}</hp:case>'
        f"<hp:default>{default}</hp:default></hp:switch>"
    )


def footnote(text: str) -> str:
    return (
        '<hp:ctrl><hp:footNote number="1" suffixChar="41" instId="1">'
        f'<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="TOP">{paragraph(run(t(text)))}'
        "</hp:subList></hp:footNote></hp:ctrl>"
    )


def link(text: str, url: str) -> str:
    """A hyperlink: field controls around the text it links, in one run."""
    begin = (
        '<hp:ctrl><hp:fieldBegin id="2089968264" type="HYPERLINK" name="" editable="0" dirty="1" zorder="-1" '
        f'fieldid="627600491" metaTag=""><hp:parameters cnt="2" name=""><hp:stringParam name="Command">'
        f'{escape(url)};1;0;0;</hp:stringParam><hp:stringParam name="Path">{escape(url)}</hp:stringParam>'
        "</hp:parameters></hp:fieldBegin></hp:ctrl>"
    )
    end = '<hp:ctrl><hp:fieldEnd beginIDRef="2089968264" fieldid="627600491"/></hp:ctrl>'
    return begin + t(text) + end


def deleted(mark: int, end: bool) -> str:
    kind = "deleteEnd" if end else "deleteBegin"
    return f'<hp:{kind} Id="{mark}" TcId="{mark}" paraend="0"/>'


def inserted(mark: int, end: bool) -> str:
    kind = "insertEnd" if end else "insertBegin"
    return f'<hp:{kind} Id="{mark}" TcId="{mark}" paraend="0"/>'


def section(*paragraphs: str) -> str:
    return f"{DECLARATION}<hs:sec {NAMESPACES}>{''.join(paragraphs)}</hs:sec>"


def content_hpf(created: str, modified: str, date: str) -> str:
    metas = "".join(
        f'<opf:meta name="{key}" content="text">{escape(value)}</opf:meta>'
        if value
        else f'<opf:meta name="{key}" content="text"/>'
        for key, value in (
            ("creator", "새봄시"),
            ("subject", ""),
            ("description", ""),
            ("lastsaveby", "홍보담당관"),
            ("CreatedDate", created),
            ("ModifiedDate", modified),
            ("date", date),
            ("keyword", ""),
        )
    )
    return (
        f'{DECLARATION}<opf:package {NAMESPACES} version="" unique-identifier="" id=""><opf:metadata>'
        f"<opf:title>보도자료</opf:title><opf:language>ko</opf:language>{metas}</opf:metadata><opf:manifest>"
        '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
        '<opf:item id="image1" href="BinData/image1.jpg" media-type="image/jpg" isEmbeded="1"/>'
        '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
        '<opf:item id="settings" href="settings.xml" media-type="application/xml"/>'
        '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
        '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
    )


# when the release below was made from last year's file, and when it was saved and sent out
CREATED = ("2025-11-19T02:32:55Z", "2025년 11월 19일 수요일 오전 11:32:55")
MODIFIED = "2026-04-07T23:30:00Z"  # the 8th in Korea


def hancom_hwpx(body: str, *, created=CREATED, modified=MODIFIED, encrypted=False) -> bytes:
    """A package as Hangul saves it around the section ``body``; ``encrypted`` as saved with a
    password (its section part encrypted, listed in the manifest)."""
    section_part = body.encode()
    manifest = '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    if encrypted:
        section_part = bytes((b * 7 + 3) % 256 for b in zlib.compress(section_part))
        manifest = (
            '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            f'<odf:file-entry full-path="Contents/section0.xml" media-type="application/xml" size="{len(body)}">'
            '<odf:encryption-data checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
            'checksum="AAAA"><odf:algorithm algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
            'initialisation-vector="AAAA"/></odf:encryption-data></odf:file-entry></odf:manifest>'
        )
    parts = {
        "version.xml": f'{DECLARATION}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
        'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0" os="1" xmlVersion="1.5" '
        'application="Hancom Office Hangul" appVersion="12.0.0.0"/>',
        "Contents/header.xml": f'{DECLARATION}<hh:head {NAMESPACES} version="1.5" secCnt="1"/>',
        "Contents/section0.xml": section_part,
        "settings.xml": f"{DECLARATION}<ha:HWPApplicationSetting {NAMESPACES}>"
        '<ha:CaretPosition listIDRef="0" paraIDRef="0" pos="0"/></ha:HWPApplicationSetting>',
        "Preview/PrvText.txt": "미리 보기 글".encode(),
        "META-INF/container.xml": f'{DECLARATION}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
        '<ocf:rootfile full-path="Preview/PrvText.txt" media-type="text/plain"/>'
        '<ocf:rootfile full-path="META-INF/container.rdf" media-type="application/rdf+xml"/></ocf:rootfiles></ocf:container>',
        "Contents/content.hpf": content_hpf(created[0], modified, created[1]),
        "META-INF/manifest.xml": f"{DECLARATION}{manifest}",
        "BinData/image1.jpg": b"\xff\xd8\xff\xe0" + bytes(200),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# --- HWP 5.0 -------------------------------------------------------------------------------------

SHAPE_COMPONENT, SHAPE_RECTANGLE, SHAPE_PICTURE = 76, 79, 85
# DocInfo: the change-tracking settings, and the tracked changes' content and look (the spec's
# table 4; the numbers as pyhwp and other public readers give them, HWPTAG_BEGIN + 16 and + 80)
TRACKCHANGE_SETTINGS, TRACK_CHANGE = 32, 96


def _caption(level: int, text: str) -> bytes:
    """A caption list: list header, then the caption's direction, width, gap and size (pyhwp's
    TableCaption), then its paragraph, at ``level``."""
    header = struct.pack("<HHI", 1, 0, 0) + struct.pack("<IIHI", 3, 8000, 850, 30000)
    return nf._record(nf.LIST_HEADER, level, header) + nf._paragraph(level, text)


def table_with_caption(level: int, caption: str, rows) -> bytes:
    """A table whose caption comes before its TABLE record, as Hangul writes one."""
    control = nf._record(nf.CTRL_HEADER, level + 1, b"tbl "[::-1] + b"\0" * 42)
    table = nf._record(nf.TABLE, level + 2, struct.pack("<IHH", 0, len(rows), len(rows[0])) + b"\0" * 14)
    cells = b"".join(
        nf._cell(level + 2, c, r, text) for r, row in enumerate(rows) for c, text in enumerate(row)
    )
    children = control + _caption(level + 2, caption) + table + cells
    return nf._paragraph(level, controls=nf._control_char(11, b"tbl "), children=children)


def drawing(
    level: int, *, caption: str | None = None, box: list[str] | None = None, words=("", "")
) -> bytes:
    """A drawing object ('gso '): a picture with a caption beside its shape, or a rectangle whose
    text box paragraphs sit under its SHAPE_COMPONENT; anchored in a paragraph between the two
    ``words`` (none by default)."""
    children = nf._record(nf.CTRL_HEADER, level + 1, b"gso "[::-1] + b"\0" * 42)
    if caption:
        children += _caption(level + 2, caption)
    children += nf._record(SHAPE_COMPONENT, level + 2, b"cer$" * 2 + b"\0" * 32)
    if box:
        children += nf._record(nf.LIST_HEADER, level + 3, struct.pack("<HHI", len(box), 0, 0) + b"\0" * 12)
        children += b"".join(nf._paragraph(level + 3, text) for text in box)
        children += nf._record(SHAPE_RECTANGLE, level + 3, b"\0" * 33)
    else:
        children += nf._record(SHAPE_PICTURE, level + 3, b"\0" * 60)
    before, after = words
    anchored = before.encode("utf-16-le") + nf._control_char(11, b"gso ") + after.encode("utf-16-le")
    return nf._paragraph(level, controls=anchored, children=children)


def hwp_of_records(
    records: bytes, *, streams: dict | None = None, summary: bytes | None = None, info: bytes = b""
) -> bytes:
    """An HWP 5.0 file whose one section holds ``records`` (after the page header), deflated; its
    DocInfo holds the records ``info`` after the document properties."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = packer.compress(nf._page_header(0) + records) + packer.flush()
    parts = {"FileHeader": nf.file_header(nf.COMPRESSED), "DocInfo": nf.doc_info(1, info), "BodyText/Section0": body}
    if summary:
        parts["\x05HwpSummaryInformation"] = summary
    return nf.cfb_bytes({**parts, **(streams or {})})


def summary_information(saved: datetime.datetime, created: datetime.datetime, date_text: str) -> bytes:
    """The summary as Hangul fills it: the date string (0x14, the creation in words, VT_LPWSTR), the
    creation (12) and the last save (13) as FILETIMEs."""

    def filetime(moment):
        ticks = (moment - datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)).total_seconds()
        return struct.pack("<HHQ", 64, 0, int(ticks * 10_000_000))

    text = (date_text + "\0").encode("utf-16-le")
    text += b"\0" * (-len(text) % 4)
    values = [
        (0x14, struct.pack("<HHI", 31, 0, len(date_text) + 1) + text),
        (12, filetime(created)),
        (13, filetime(saved)),
    ]
    offset, index, blobs = 8 + 8 * len(values), b"", b""
    for pid, value in values:
        index += struct.pack("<II", pid, offset + len(blobs))
        blobs += value
    section = struct.pack("<II", 8 + len(index) + len(blobs), len(values)) + index + blobs
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    return struct.pack("<HHI16sI", 0xFFFE, 0, 0, b"\0" * 16, 1) + fmtid + struct.pack("<I", 48) + section
