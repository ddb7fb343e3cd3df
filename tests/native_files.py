"""HWPX and HWP 5.0 documents made by the tests themselves, with the standard library only.

A document is a list of blocks: a string is a paragraph, a list of rows (lists of cell strings) is a
table. ``hwpx_bytes`` writes a minimal OWPML package (mimetype, content.hpf with its metadata, header
and section parts); ``hwp_bytes`` writes an OLE compound file (``cfb_bytes``: 512-byte sectors, one
FAT, streams padded to 4096 bytes so that no mini stream is needed) holding a FileHeader, DocInfo,
deflated ``BodyText/Section0`` records and a summary property set with the last-saved time. Both put a
page header ('머리말') in the document, which a reader must leave out.
"""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

HEADER_TEXT = "머리말: 새봄시 보도자료 내부 문서번호 77"

# --- HWPX ----------------------------------------------------------------------------------------

HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HS = "http://www.hancom.co.kr/hwpml/2011/section"
OPF = "http://www.idpf.org/2007/opf/"


def _hwpx_paragraph(inner: str) -> str:
    return f'<hp:p paraPrIDRef="0" styleIDRef="0"><hp:run charPrIDRef="0">{inner}</hp:run></hp:p>'


def _hwpx_text(text: str) -> str:
    # a tab inside a run is an element of its own, as Hangul writes it
    return "<hp:t>" + "<hp:tab/>".join(escape(piece) for piece in text.split("\t")) + "</hp:t>"


def _hwpx_block(block) -> str:
    if isinstance(block, str):
        return _hwpx_paragraph(_hwpx_text(block))
    rows = "".join(
        "<hp:tr>"
        + "".join(
            f"<hp:tc><hp:subList>{_hwpx_paragraph(_hwpx_text(cell))}</hp:subList></hp:tc>" for cell in row
        )
        + "</hp:tr>"
        for row in block
    )
    return _hwpx_paragraph(f'<hp:tbl rowCnt="{len(block)}" colCnt="{len(block[0])}">{rows}</hp:tbl>')


def section_xml(blocks) -> str:
    header = _hwpx_paragraph(
        f"<hp:ctrl><hp:header><hp:subList>{_hwpx_paragraph(_hwpx_text(HEADER_TEXT))}</hp:subList></hp:header></hp:ctrl>"
    )
    body = "".join(_hwpx_block(block) for block in blocks)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><hs:sec xmlns:hs="{HS}" xmlns:hp="{HP}">{header}{body}</hs:sec>'


def content_hpf(sections: int, metadata: dict, spine=None) -> str:
    metas = "".join(
        f'<opf:meta name="{key}" content="text">{escape(value)}</opf:meta>' for key, value in metadata.items()
    )
    items = "".join(
        f'<opf:item id="section{n}" href="Contents/section{n}.xml" media-type="application/xml"/>'
        for n in range(sections)
    )
    spine = "".join(f'<opf:itemref idref="section{n}" linear="yes"/>' for n in spine or range(sections))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><opf:package xmlns:opf="{OPF}" version="">'
        f"<opf:metadata><opf:title/><opf:language>ko</opf:language>{metas}</opf:metadata>"
        f'<opf:manifest><opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>{items}'
        f'</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>{spine}</opf:spine></opf:package>'
    )


def hwpx_bytes(
    blocks, *, modified="2026-03-05T06:00:00Z", sections=None, spine=None, extra=None, mimetype=True
) -> bytes:
    """An HWPX package of ``blocks`` (or of several ``sections``, each a list of blocks, read in the
    order of the section numbers in ``spine``), its ModifiedDate ``modified``; ``extra`` members
    (name -> bytes) are added as they are."""
    sections = sections or [blocks]
    metadata = {"CreatedDate": "2019-01-02T00:00:00Z"}
    if modified:
        metadata["ModifiedDate"] = modified
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr(
            "version.xml",
            '<?xml version="1.0"?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" major="5" minor="1"/>',
        )
        archive.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>',
        )
        archive.writestr(
            "Contents/content.hpf",
            content_hpf(len(sections), metadata, spine),
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr(
            "Contents/header.xml",
            '<?xml version="1.0"?><hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" version="1.4"/>',
        )
        for number, section in enumerate(sections):
            archive.writestr(
                f"Contents/section{number}.xml", section_xml(section), compress_type=zipfile.ZIP_DEFLATED
            )
        for name, data in (extra or {}).items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# --- OLE compound file (CFB, version 3) ----------------------------------------------------------

SECTOR = 512
MINI_CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _entry(name, kind, child=NOSTREAM, right=NOSTREAM, start=END, size=0) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded,
        len(encoded),
        kind,
        1,
        NOSTREAM,
        right,
        child,
        b"\0" * 16,
        0,
        0,
        0,
        start,
        size,
    )


def cfb_bytes(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file of ``streams`` ('Storage/Stream' -> bytes); each stream is padded with NULs
    to at least 4096 bytes (and whole sectors), so all live in regular sectors."""
    tree: dict = {}
    for path, data in streams.items():
        *folders, leaf = path.split("/")
        node = tree
        for folder in folders:
            node = node.setdefault(folder, {})
        node[leaf] = data
    entries: list = [None]  # [name, kind, children names, data]; index 0 is the root
    sectors: list[bytes] = []
    fat: list[int] = []

    def add(name, value) -> int:
        index = len(entries)
        entries.append(None)
        if isinstance(value, dict):
            children = [add(child, value[child]) for child in _ordered(value)]
            entries[index] = (name, 1, children, 0, 0)
        else:
            padded = value + b"\0" * (max(MINI_CUTOFF, -(-len(value) // SECTOR) * SECTOR) - len(value))
            start = len(sectors)
            for offset in range(0, len(padded), SECTOR):
                sectors.append(padded[offset : offset + SECTOR])
                fat.append(len(sectors))
            fat[-1] = END
            entries[index] = (name, 2, [], start, len(padded))
        return index

    root_children = [add(child, tree[child]) for child in _ordered(tree)]
    entries[0] = ("Root Entry", 5, root_children, END, 0)
    right_of = {}
    for _, _, children, _, _ in entries:
        for left, right in zip(children, children[1:], strict=False):
            right_of[left] = right
    directory = b"".join(
        _entry(
            name,
            kind,
            child=children[0] if children else NOSTREAM,
            right=right_of.get(i, NOSTREAM),
            start=start if kind != 1 else 0,
            size=size,
        )
        for i, (name, kind, children, start, size) in enumerate(entries)
    )
    directory += _entry("", 0) * (-len(entries) % 4)
    first_dir = len(sectors)
    for offset in range(0, len(directory), SECTOR):
        sectors.append(directory[offset : offset + SECTOR])
        fat.append(len(sectors))
    fat[-1] = END
    fat_sectors = 1
    while (len(sectors) + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    first_fat = len(sectors)
    fat += [FATSECT] * fat_sectors
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    difat = [first_fat + n for n in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII109I",
        SIGNATURE,
        b"\0" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        fat_sectors,
        first_dir,
        0,
        MINI_CUTOFF,
        END,
        0,
        END,
        0,
        *difat,
    )
    return header + b"".join(sectors) + fat_bytes


def _ordered(children: dict) -> list[str]:
    return sorted(children, key=lambda name: (len(name), name.upper()))


# --- HWP 5.0 -------------------------------------------------------------------------------------

DOCUMENT_PROPERTIES, PARA_HEADER, PARA_TEXT, CTRL_HEADER, LIST_HEADER, TABLE = 16, 66, 67, 71, 72, 77
COMPRESSED, PASSWORD, DISTRIBUTION = 0x1, 0x2, 0x4


def _record(tag: int, level: int, payload: bytes) -> bytes:
    if len(payload) >= 0xFFF:
        return struct.pack("<II", tag | level << 10 | 0xFFF << 20, len(payload)) + payload
    return struct.pack("<I", tag | level << 10 | len(payload) << 20) + payload


def _control_char(code: int, ctrl_id: bytes) -> bytes:
    """An extended control in PARA_TEXT: its code, the control's id and room, its code again (8 units)."""
    return struct.pack("<H", code) + ctrl_id[::-1] + b"\0" * 8 + struct.pack("<H", code)


def _paragraph(level: int, text: str = "", controls: bytes = b"", children: bytes = b"") -> bytes:
    body = text.replace("\t", "\x09" + "\0" * 7).encode("utf-16-le") + controls + "\r".encode("utf-16-le")
    header = struct.pack("<IIHBBH", len(body) // 2, 0, 0, 0, 0, 1) + b"\0" * 10
    return _record(PARA_HEADER, level, header) + _record(PARA_TEXT, level + 1, body) + children


def _cell(level: int, column: int, row: int, text: str) -> bytes:
    cell = struct.pack("<HHIHHHHIIHHHHH", 1, 0, 0, column, row, 1, 1, 8000, 1000, 0, 0, 0, 0, 1)
    return _record(LIST_HEADER, level, cell) + _paragraph(level, text)


def _table(level: int, rows) -> bytes:
    control = _record(CTRL_HEADER, level + 1, b"tbl "[::-1] + b"\0" * 42)
    table = _record(TABLE, level + 2, struct.pack("<IHH", 0, len(rows), len(rows[0])) + b"\0" * 14)
    cells = b"".join(_cell(level + 2, c, r, text) for r, row in enumerate(rows) for c, text in enumerate(row))
    return _paragraph(level, controls=_control_char(11, b"tbl "), children=control + table + cells)


def _page_header(level: int) -> bytes:
    control = _record(CTRL_HEADER, level + 1, b"head"[::-1] + b"\0" * 8)
    inner = _record(LIST_HEADER, level + 2, b"\0" * 8) + _paragraph(level + 2, HEADER_TEXT)
    return _paragraph(level, controls=_control_char(16, b"head"), children=control + inner)


def section_records(blocks) -> bytes:
    return _page_header(0) + b"".join(
        _paragraph(0, block) if isinstance(block, str) else _table(0, block) for block in blocks
    )


def file_header(flags: int, version=(5, 0, 3, 0)) -> bytes:
    number = version[0] << 24 | version[1] << 16 | version[2] << 8 | version[3]
    return b"HWP Document File".ljust(32, b"\0") + struct.pack("<II", number, flags) + b"\0" * 216


def summary_information(saved: datetime.datetime) -> bytes:
    """An OLE property set holding only the last-saved time (PIDSI_LASTSAVE_DTM, a FILETIME)."""
    ticks = int((saved - datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)).total_seconds() * 10_000_000)
    value = struct.pack("<HHQ", 64, 0, ticks)  # VT_FILETIME
    section = struct.pack("<IIII", 8 + 8 + len(value), 1, 13, 16) + value
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    return struct.pack("<HHI16sI", 0xFFFE, 0, 0, b"\0" * 16, 1) + fmtid + struct.pack("<I", 48) + section


def _deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def doc_info(sections: int, records: bytes = b"", flags: int = COMPRESSED) -> bytes:
    """The DocInfo stream: its document properties (the number of sections, then the start numbers
    and the caret's place, 26 bytes), then ``records``; deflated as the sections are."""
    properties = struct.pack("<H", sections) + struct.pack("<6H", 1, 1, 1, 1, 1, 1) + b"\0" * 12
    data = _record(DOCUMENT_PROPERTIES, 0, properties) + records
    return _deflated(data) if flags & COMPRESSED else data


def hwp_bytes(
    blocks, *, flags=COMPRESSED, saved=None, version=(5, 0, 3, 0), sections=None, declared=None, info=b""
) -> bytes:
    """An HWP 5.0 document of ``blocks`` (or of several ``sections``), deflated unless ``flags`` lacks
    bit 0, last saved at ``saved`` (a UTC datetime) when given; its DocInfo counts ``declared``
    sections (by default as many as it holds) and holds the DocInfo records ``info`` after that."""
    sections = sections or [blocks]
    count = len(sections) if declared is None else declared
    streams = {"FileHeader": file_header(flags, version), "DocInfo": doc_info(count, info, flags)}
    for number, section in enumerate(sections):
        records = section_records(section)
        streams[f"BodyText/Section{number}"] = _deflated(records) if flags & COMPRESSED else records
    if saved:
        streams["\x05HwpSummaryInformation"] = summary_information(saved)
    return cfb_bytes(streams)


# --- a press release, as a city writes it (invented: no real release's words) -------------------

PRESS_RELEASE = [
    "보도자료",
    [["배포일시", "2026. 4. 8.(수)", "담당부서", "미래산업과"]],
    "늘봄시, 한결바이오와 백신 원료공장 투자협약",
    "- 450억원 들여 2028년 준공… 신규 인력 120명 채용 -",
    "□ 늘봄시는 한결바이오㈜와 '백신 원료공장 건립 투자협약'을 체결했다고 8일 밝혔다.",
    "□ 협약에 따라 한결바이오㈜는 늘봄 첨단산업단지 3만㎡ 부지에 450억원을 투자해 공장을 짓고,\t"
    "시는 인허가와 기반시설을 지원한다.",
    "□ 협약식 개요",
    [["일시", "2026. 4. 7.(화) 14:00"], ["장소", "늘봄시청 대회의실"]],
    "○ 회사는 2028년 공장 준공을 목표로 지역 인재 120명을 채용할 계획이다.",
]
# the same release as a person would type it into a .txt file
PRESS_RELEASE_TXT = """보도자료

배포일시 2026. 4. 8.(수)  담당부서 미래산업과

늘봄시, 한결바이오와 백신 원료공장 투자협약

- 450억원 들여 2028년 준공… 신규 인력 120명 채용 -

□ 늘봄시는 한결바이오㈜와 '백신 원료공장 건립 투자협약'을 체결했다고 8일 밝혔다.

□ 협약에 따라 한결바이오㈜는 늘봄 첨단산업단지 3만㎡ 부지에 450억원을 투자해 공장을 짓고, 시는 인허가와 기반시설을 지원한다.

□ 협약식 개요

○ 일시: 2026. 4. 7.(화) 14:00

○ 장소: 늘봄시청 대회의실

○ 회사는 2028년 공장 준공을 목표로 지역 인재 120명을 채용할 계획이다.
"""
# when the release was last saved: 8 April in Korea (23:30 on the 7th in UTC)
SAVED = datetime.datetime(2026, 4, 7, 23, 30, tzinfo=datetime.UTC)


def press_release_hwpx() -> bytes:
    return hwpx_bytes(PRESS_RELEASE, modified=SAVED.isoformat().replace("+00:00", "Z"))


def press_release_hwp() -> bytes:
    return hwp_bytes(PRESS_RELEASE, saved=SAVED)
