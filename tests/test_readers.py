"""Readers: .docx (Word numbering rendered), .pdf (text layer) and .html, sniffed by content,
through the same CLI and JSON a user gets."""
from __future__ import annotations

import io
import zipfile

import pytest

import outline
from conftest import ROOT, chromium, chromium_flags, cli_json, run_cli
from outline.readers import sniff
from outline.readers.docx import chinese_number, format_number
from outline.readers.html import read_html
from test_levels import shape

FORMATS = ROOT.parent / "shared" / "formats"
CORPUS = ROOT.parent / "shared" / "corpus"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(paragraphs: str, numbering: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{paragraphs}</w:body></w:document>")
        if numbering:
            z.writestr("word/numbering.xml", f"<w:numbering {W}>{numbering}</w:numbering>")
    return buf.getvalue()


def _p(text: str, num: tuple[int, int] | None = None) -> str:
    ppr = (f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
           if num else "")
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


NUMBERING = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
             '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')


def test_word_automatic_numbering_is_rendered_with_restarts(tmp_path):
    body = (_p("某镇2024年工作总结") + _p("2024年工作回顾", (1, 0)) + _p("经济发展", (2, 0)) + _p("内容。")
            + _p("社会事业", (2, 0)) + _p("内容。") + _p("2025年工作计划", (1, 0)) + _p("抓项目", (3, 0))
            + _p("内容。"))
    path = tmp_path / "report.docx"
    path.write_bytes(_docx(body, NUMBERING))
    data = cli_json(str(path))
    tops = [(n["marker"], n["title"], [(c["marker"], c["title"]) for c in n["children"]]) for n in data["children"]]
    assert tops == [("一、", "2024年工作回顾", [("（一）", "经济发展"), ("（二）", "社会事业")]),
                    ("二、", "2025年工作计划", [("（一）", "抓项目")])]  # numId 3 restarts at 1
    assert data["meta"]["source"]["format"] == "docx"


def test_number_formats():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 23, 100, 105)] == ["一", "十", "十一", "二十", "二十三",
                                                                        "一百", "一百零五"]
    assert (format_number(3, "decimalEnclosedCircle"), format_number(2, "ideographTraditional"),
            format_number(4, "decimal")) == ("③", "乙", "4")
    # Word's legal numbering is the financial numerals, which open a level above 一、
    assert [format_number(n, "chineseLegalSimplified") for n in (1, 2, 10, 11, 20)] == ["壹", "贰", "壹拾", "壹拾壹", "贰拾"]


def test_a_docx_held_in_one_paragraph_is_cut_at_its_bold_runs():
    runs = "".join(f'<w:r><w:rPr><w:b/></w:rPr><w:t>{h}</w:t></w:r><w:r><w:t>{"内容很多，继续推进。" * 70}</w:t></w:r>'
                   for h in ("一、经济发展", "二、社会事业"))
    doc = outline.parse_bytes(_docx(f"<w:p>{runs}</w:p>"))
    assert [(n.marker, n.title) for n in doc.nodes()] == [("一、", "经济发展"), ("二、", "社会事业")]


def test_sniffing_goes_by_content_not_by_name():
    assert sniff(_docx(_p("x"))) == "docx"
    assert sniff(b"%PDF-1.7\n...") == "pdf"
    assert sniff(b"<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff("一、工作回顾".encode()) == "txt"


ARTICLE = "我镇围绕中心工作，扎实推进各项任务，取得了明显成效。"


def test_html_keeps_the_article_and_lists_what_stood_around_it():
    page = ("<html><head><title>t</title><style>p{color:red}</style></head><body>"
            "<div class='nav'><a href='/'>首页</a> &gt; <a href='/zw'>政务公开</a></div>"
            "<h1 class='title'>某镇2024年工作总结</h1>"
            f"<div id='content'><p>一、工作回顾<br>{ARTICLE}</p><script>var a='一、假标题';</script>"
            f"<section><span>二、</span><span>工作计划</span></section><p>{ARTICLE * 2}</p></div>"
            "<ul class='related'><li><a href='/1'>2023年某镇工作总结</a></li><li><a href='/2'>图解某镇工作总结</a></li></ul>"
            "<div class='footer'>主办单位：某镇人民政府 ICP备00000000号</div></body></html>")
    text, dropped, _ = read_html(page)
    assert text == f"某镇2024年工作总结\n一、工作回顾\n{ARTICLE}\n二、工作计划\n{ARTICLE * 2}"
    assert [d[2] for d in dropped] == ["首页 > 政务公开", "2023年某镇工作总结", "图解某镇工作总结",
                                       "主办单位：某镇人民政府 ICP备00000000号"]
    doc = outline.parse_bytes(page.encode("utf-8"))
    assert doc.title == "某镇2024年工作总结" and [n.title for n in doc.nodes()] == ["工作回顾", "工作计划"]
    assert [r["rule"] for r in doc.meta["cleaning"]["removed"]][:4] == ["html: outside the article"] * 4


def test_a_page_too_small_to_hold_an_article_is_kept_whole():
    assert read_html("<html><body><p>一、工作回顾</p><p>内容。</p></body></html>")[0] == "一、工作回顾\n内容。"


def test_a_pdf_without_a_text_layer_is_refused_as_needing_ocr(tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as f:
        pdf.save(f)
    proc = run_cli("build", str(path))
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "OCR" in err and "Traceback" not in err and err.count("\n") == 1


def test_a_truncated_pdf_and_a_damaged_docx_get_one_line_each(tmp_path):
    for name, data in (("cut.pdf", b"%PDF-1.7\n1 0 obj\n<<"), ("bad.docx", _docx(_p("x"))[:200])):
        path = tmp_path / name
        path.write_bytes(data)
        proc = run_cli("build", str(path))
        err = proc.stderr.decode("utf-8")
        assert proc.returncode == 2 and "Traceback" not in err and err.count("\n") == 1, err


def _shape(data: dict) -> list[tuple[str, str]]:
    return [(n.get("marker") or "", n["title"][:8]) for n in data["children"]]


@pytest.mark.skipif(not FORMATS.is_dir(), reason="../shared/formats is not beside this checkout")
@pytest.mark.parametrize("stem", ["21_zhejiang_2025", "24_ningxia_2025", "08_rizhao_2024"])
def test_real_docx_and_pdf_give_the_outline_of_their_text(stem):
    text = cli_json(str(CORPUS / f"{stem}.txt"))
    for path in (FORMATS / "docx" / f"{stem}.docx", FORMATS / "pdf" / f"{stem}.pdf"):
        assert _shape(cli_json(str(path))) == _shape(text), path.name
    autonum = FORMATS / "docx" / f"{stem}_autonum.docx"
    if autonum.exists():
        assert _shape(cli_json(str(autonum))) == _shape(text)


def test_a_web_page_breadcrumb_is_dropped_and_listed_not_taken_for_the_title():
    page = ("<html><body><p>您当前所在的位置：首页 &gt; 政务公开 &gt; 政府工作报告</p><p>某镇2024年工作总结</p>"
            "<p>一、工作回顾</p><p>内容。</p></body></html>").encode("utf-8")
    doc = outline.parse_bytes(page)
    assert doc.title == "某镇2024年工作总结"
    assert [r["rule"] for r in doc.meta["cleaning"]["removed"]] == ["web: breadcrumb"]


@pytest.mark.skipif(not FORMATS.is_dir(), reason="../shared/formats is not beside this checkout")
@pytest.mark.parametrize("stem", ["05_qiandongnan_2024", "12_urumqi_2024", "15_hangzhou_2024", "20_jiangxi_2025"])
def test_real_web_pages_give_the_outline_of_their_text_and_their_headline(stem):
    page = cli_json(str(FORMATS / "html" / f"{stem}.html"))
    text = cli_json(str(CORPUS / f"{stem}.txt"))
    # the numbered outline is the text's; the page's bold may add run-in leads the text hid
    assert _nodes(page, leads=False) == _nodes(text, leads=False)
    assert set(_nodes(text)) <= set(_nodes(page))
    assert page["title"] and "政府工作报告" in page["title"] and page["title"][:4].isdigit()
    rules = {r["rule"] for r in page["meta"]["cleaning"]["removed"]}
    assert "html: outside the article" in rules


@pytest.mark.skipif(not FORMATS.is_dir(), reason="../shared/formats is not beside this checkout")
@pytest.mark.parametrize("stem", ["08_rizhao_2024", "13_maanshan_2024", "17_yunnan_2025", "21_zhejiang_2025_autonum",
                                  "23_hubei_2025", "24_ningxia_2025"])
def test_a_real_pdf_gives_every_node_of_its_word_original_leads_included(stem):
    # (their paragraphs open indented: a sentence that ends at the margin ends no paragraph, and
    # a line whose full stop LibreOffice dropped at the margin still ends one)
    assert _nodes(cli_json(str(FORMATS / "pdf" / f"{stem}.pdf"))) == _nodes(cli_json(str(FORMATS / "docx" / f"{stem}.docx")))


def _nodes(data: dict, leads: bool = True) -> list[tuple[int, str, str]]:
    out = []

    def walk(node: dict, depth: int) -> None:
        for c in node.get("children", []):
            if leads or c["kind"] != "lead":
                out.append((depth, c.get("marker") or "", c["title"]))
            walk(c, depth + 1)
    walk(data, 0)
    return out


def _run(text: str, bold: bool = False, size: int | None = None) -> str:
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:t>{text}</w:t></w:r>"


CENTRED = '<w:pPr><w:jc w:val="center"/></w:pPr>'


def _para(*runs: str, centred: bool = False) -> str:
    return "<w:p>" + (CENTRED if centred else "") + "".join(runs) + "</w:p>"


def test_docx_hints_say_bold_size_centring_and_numbering():
    from outline.reader import decode

    body = (_para(_run("某镇2024年工作总结", bold=True, size=44), centred=True) + _p("2024年工作回顾", (1, 0))
            + _para(_run("对接融入国家战略。", bold=True, size=32), _run("全年完成投资十亿元。" * 3, size=32))
            + _para(_run("正文内容。" * 5, size=32)))
    source = decode(_docx(body, NUMBERING), "r.docx")
    hints = [h.to_dict() for h in source.hints]
    assert hints[0] == {"bold": True, "font_size": 1.38, "align_center": True}
    assert hints[1] == {"numbering": ("一、", 0)}
    assert hints[2] == {"bold": "opening", "font_size": 1.0}


def test_a_bold_opening_sentence_is_a_run_in_lead_whatever_its_words():
    body = (_p("某镇2024年工作总结") + _p("一、经济发展") + _para(_run("对接融入国家战略。", bold=True),
                                                              _run("全年完成投资十亿元，新建项目十个。" * 2))
            + _p("二、社会事业") + _p("内容。"))
    as_docx = outline.parse_bytes(_docx(body))
    as_text = outline.parse("某镇2024年工作总结\n一、经济发展\n对接融入国家战略。" + "全年完成投资十亿元，新建项目十个。" * 2
                            + "\n二、社会事业\n内容。\n")
    assert [n.title for n in as_docx.nodes()] == ["经济发展", "对接融入国家战略", "社会事业"]
    assert [n.title for n in as_text.nodes()] == ["经济发展", "社会事业"]  # 对… opens ordinary sentences


def test_a_centred_large_line_is_preferred_for_the_title():
    body = (_para(_run("某镇2024年工作总结")) + _para(_run("某镇2024年工作计划", bold=True, size=44), centred=True)
            + _p("一、经济发展") + _p("内容。"))
    assert outline.parse_bytes(_docx(body)).title == "某镇2024年工作计划"


def test_word_spacer_paragraphs_do_not_join_the_paragraphs_between_them():
    body = (_p("某镇2024年工作总结") + _p("一、经济发展") + _p("") + _p("工业经济稳步增长。全年工业增加值增长百分之五，新增企业十家。")
            + _p("农业生产再获丰收。粮食产量增长百分之三，新建高标准农田一万亩。") + _p("") + _p("二、社会事业") + _p("内容。"))
    doc = outline.parse_bytes(_docx(body))
    assert [n.title for n in doc.nodes()] == ["经济发展", "工业经济稳步增长", "农业生产再获丰收", "社会事业"]


def test_pdf_hints_say_page_size_and_centring():
    from outline.reader import read_path

    pdf = FORMATS / "pdf" / "20_jiangxi_2025.pdf"
    if not pdf.exists():
        pytest.skip("../shared/formats is not beside this checkout")
    source = read_path(pdf)
    first = source.hints[0]
    assert first.page == 1 and first.align_center and first.font_size and first.font_size > 1.2
    pages = [h.page for h in source.hints]
    assert pages == sorted(pages) and pages[-1] > 10
    assert sum(h.page_break_before for h in source.hints) == pages[-1] - 1
    assert outline.parse_file(pdf).title == "2025年江西省政府工作报告"


def test_html_hints_say_heading_size_bold_and_centring():
    page = ("<html><body><div id='c'><h3>一、工作回顾</h3><p style='text-align:center'>（2024年1月29日）</p>"
            f"<p><strong>（一）抓项目。</strong>{ARTICLE * 3}</p><p>{ARTICLE * 3}</p></div></body></html>")
    text, _, hints = read_html(page)
    assert [h.to_dict() for h in hints] == [{"font_size": 1.3}, {"align_center": True}, {"bold": "opening"}, {}]


def test_pdf_running_footers_are_hinted_as_such():
    from outline.reader import read_path

    hubei, jiangxi = FORMATS / "pdf" / "23_hubei_2025.pdf", FORMATS / "pdf" / "20_jiangxi_2025.pdf"
    if not hubei.exists():
        pytest.skip("../shared/formats is not beside this checkout")
    source = read_path(hubei)
    footers = [(line, h.page) for line, h in zip(source.text.split("\n"), source.hints) if h.header_footer]
    assert [line.strip("\f") for line, _ in footers] == [str(page) for _, page in footers]  # its page numbers
    assert len(footers) == max(h.page for h in source.hints)
    assert not any(h.header_footer for h in read_path(jiangxi).hints)  # a PDF without any


def test_an_encrypted_pdf_gets_its_own_one_line_message(tmp_path):
    pikepdf = pytest.importorskip("pikepdf")
    plain = pikepdf.new()
    plain.add_blank_page()
    path = tmp_path / "locked.pdf"
    plain.save(path, encryption=pikepdf.Encryption(owner="owner", user="user", R=4))
    proc = run_cli("build", str(path))
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "encrypted" in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.skipif(chromium() is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_a_two_column_pdf_is_read_column_by_column(tmp_path):
    import subprocess

    paragraphs = "".join(f"<p>第{i}项：推进第{i}批重点项目，完成投资{i * 7}亿元，新增就业{i * 13}人，带动经济回升向好。</p>"
                         for i in range(1, 25))
    page = tmp_path / "two.html"
    page.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><style>.c{column-count:2;column-gap:48px}"
                    "</style></head><body><h1 style='text-align:center'>某市2024年政府工作报告</h1><div class='c'>"
                    f"<p>一、工作回顾</p>{paragraphs}<p>二、工作计划</p>{paragraphs}</div></body></html>", encoding="utf-8")
    pdf = tmp_path / "two.pdf"
    flags = [*chromium_flags(tmp_path / "profile"), "--no-pdf-header-footer"]
    subprocess.run([chromium(), *flags, f"--print-to-pdf={pdf}", page.as_uri()], capture_output=True, timeout=120)
    doc = outline.parse_file(pdf)
    assert doc.title == "某市2024年政府工作报告"
    assert [n.marker for n in doc.children] == ["一、", "二、"]
    text = doc.children[0].text + "".join(n.text for n in doc.children[0].descendants)
    assert "第1项：推进第1批重点项目，完成投资7亿元" in text.replace("\n", "")  # a column's lines in order


@pytest.mark.skipif(chromium() is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_a_pdf_paragraphs_first_line_indent_is_read_as_full_width_spaces(tmp_path):
    import subprocess

    from outline.readers.pdf import read_pdf

    para = "推进重点项目建设，完成投资二十亿元，新增就业一千三百人，带动经济回升向好。" * 3
    page = tmp_path / "indent.html"
    page.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{width:30em;font-size:16px}"
                    "p{text-indent:2em;margin:0}</style></head><body><p style='text-align:center;text-indent:0'>"
                    f"某市2024年政府工作报告</p><p>一、工作回顾</p><p>{para}</p><p>{para}</p>"
                    "<p style='text-align:right;text-indent:0'>2024年1月</p></body></html>", encoding="utf-8")
    pdf = tmp_path / "indent.pdf"
    flags = [*chromium_flags(tmp_path / "profile"), "--no-pdf-header-footer"]
    subprocess.run([chromium(), *flags, f"--print-to-pdf={pdf}", page.as_uri()], capture_output=True, timeout=120)
    lines = [ln for ln in read_pdf(pdf.read_bytes(), "indent.pdf")[0].split("\n") if ln.strip()]
    opened = [ln for ln in lines if ln.startswith("\u3000")]
    # the heading and each paragraph's first line, two characters in; not the centred title, the
    # date set flush right, nor a paragraph's wrapped lines
    assert len(opened) == 3 and opened[0] == "\u3000\u3000一、工作回顾", lines
    assert opened[1] == opened[2] and opened[1].startswith("\u3000\u3000推进重点项目")
    assert lines[0] == "某市2024年政府工作报告" and lines[-1] == "2024年1月" and len(lines) > 6


def test_a_typed_number_continues_an_automatic_list():
    body = (_p("某镇2024年工作总结") + _p("经济发展", (1, 0)) + _p("内容。") + _p("社会事业", (1, 0)) + _p("内容。")
            + _p("三、生态环境") + _p("内容。") + _p("工作计划", (1, 0)) + _p("内容。"))
    doc = outline.parse_bytes(_docx(body, NUMBERING))
    assert [(n.marker, n.title) for n in doc.children] == [("一、", "经济发展"), ("二、", "社会事业"), ("三、", "生态环境"),
                                                           ("四、", "工作计划")]
    assert not doc.warnings


def test_word_numbering_given_by_a_style_follows_its_parent_styles_and_the_paragraphs_own_level():
    # (Heading2 is based on Heading1, which names the list; a paragraph may set only its level)
    levels = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
              '<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
              '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>')
    styles = (f'<w:styles {W}><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
              '<w:style w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style></w:styles>')

    def p(text, style=None, ilvl=None):
        own = f'<w:numPr><w:ilvl w:val="{ilvl}"/></w:numPr>' if ilvl is not None else ""
        named = f'<w:pStyle w:val="{style}"/>' if style else ""
        return f"<w:p><w:pPr>{named}{own}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"

    body = (p("某镇2024年工作总结") + p("工作回顾", "Heading1") + p("经济发展", "Heading1", 1) + p("内容。")
            + p("社会事业", "Heading2", 1) + p("内容。") + p("工作计划", "Heading1"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        z.writestr("word/numbering.xml", f"<w:numbering {W}>{levels}</w:numbering>")
        z.writestr("word/styles.xml", styles)
    doc = outline.parse_bytes(buf.getvalue())
    assert shape(doc) == ["一、 工作回顾", "  （一） 经济发展", "  （二） 社会事业", "二、 工作计划"]


def test_a_word_text_box_is_read_once_though_word_keeps_a_fallback_copy_of_it():
    # (Word writes a text box twice, as a drawing and as VML for old readers: mc:Choice and mc:Fallback)
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = '<w:txbxContent><w:p><w:r><w:t>某镇2024年工作总结</w:t></w:r></w:p></w:txbxContent>'
    anchor = (f'<w:p><w:r><mc:AlternateContent {mc}><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
              f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    doc = outline.parse_bytes(_docx(anchor + _p("一、工作回顾") + _p("全镇经济平稳。")))
    assert doc.title == "某镇2024年工作总结"
    assert "某镇2024年工作总结某镇" not in doc.cleaned_text


def test_html_hidden_blocks_are_no_part_of_the_article_and_are_listed():
    # (a page may keep a hidden copy of its text, for print or for phones, or a hidden share panel)
    body = "".join(f"<p>{t}</p>" for t in ["一、工作回顾", "全镇经济平稳，财政收入稳步增长，民生持续改善。" * 3, "二、工作计划", "继续努力，再创佳绩。" * 3])
    page = (f'<html><body><div style="display: none">{body}{body}</div><div hidden><p>分享到微信朋友圈</p></div>'
            f'<div class="article">{body}</div></body></html>')
    text, dropped, _ = read_html(page)
    assert text.split("\n") == ["一、工作回顾", "全镇经济平稳，财政收入稳步增长，民生持续改善。" * 3, "二、工作计划", "继续努力，再创佳绩。" * 3]
    assert [rule for rule, _, _ in dropped] == ["html: hidden", "html: hidden"]


def test_word_tracked_changes_are_read_as_accepted():
    # (a deletion and a move's old place are not the text; an insertion and the move's new place are)
    para = ('<w:p><w:r><w:t>全镇经济</w:t></w:r><w:del><w:r><w:delText>基本</w:delText></w:r></w:del>'
            '<w:ins><w:r><w:t>稳中向好</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>财政增收。</w:t></w:r></w:moveFrom>'
            '<w:r><w:t>，</w:t></w:r><w:moveTo><w:r><w:t>财政增收。</w:t></w:r></w:moveTo></w:p>')
    doc = outline.parse_bytes(_docx(_p("一、工作回顾") + para))
    assert doc.children[0].text == "全镇经济稳中向好，财政增收。"
