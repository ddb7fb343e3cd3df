"""Signers as real articles name them (agreements/ingest/signers.py and signing.py); fictional names."""

from agreements.ingest.article import extract_article


def agreement_of(text, headline=None, published=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=published)
    assert is_agreement
    return agreements[0]


def party_names(text, headline=None):
    return [p["name"] for p in agreement_of(text, headline)["parties"]]


def test_a_sentence_of_the_text_signs_before_a_photo_caption():
    """'NAME 시장(가운데)은 … 체결했다' is a caption; the text's own sentence names the signers."""
    text = (
        "한솔길 가람시장(가운데)은 9일 시청에서 한솔길 가람시장과 기업 대표들이 참석한 가운데 투자협약을 체결했다.\n"
        "가람시는 9일 시청에서 ㈜다온소재와 투자협약을 체결했다."
    )
    assert party_names(text) == ["가람시", "㈜다온소재"]


def test_the_plain_verbs_sign_too():
    """'업무협약(MOU)을 했다' and '투자협약을 가졌다' sign like '체결했다'."""
    assert party_names("가람시는 13일 누리상공회의소와 교류 협력을 위한 업무협약(MOU)을 했다.") == [
        "가람시",
        "누리상공회의소",
    ]
    agreement = agreement_of("누리시는 7일 시청 접견실에서 ㈜다온정밀과 투자협약을 가졌다.", published=None)
    assert [p["name"] for p in agreement["parties"]] == ["누리시", "㈜다온정밀"]
    assert agreement["signed_on_text"] == "7일"
