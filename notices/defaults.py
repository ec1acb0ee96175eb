"""Defaults the CLI shows in its help: kept apart so that `notices --help` imports nothing heavy."""

# Pages (under the names sites serve them: a mirror keeps .shtml, .aspx, .jsp …), and the records data teams hold
# notices in (API responses, crawler dumps, table exports).
DEFAULT_GLOBS = (
    "*.txt",
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.shtml",
    "*.shtm",
    "*.jhtml",
    "*.asp",
    "*.aspx",
    "*.jsp",
    "*.php",
    "*.hocr",  # (an OCR's page of a scan, as HTML)
    "*.mhtml",
    "*.mht",
    "*.eml",
    "*.rtf",
    "*.xml",
    "*.fodt",  # (LibreOffice's flat document: OpenDocument as one XML file)
    "*.svg",  # (a PDF's page as Inkscape imports it)
    "*.fpage",  # (an XPS document's page)
    "*.json",
    "*.jsonl",
    "*.ndjson",
    "*.yaml",  # (a crawler's export, each notice a block scalar: read as text)
    "*.yml",
    "*.md",  # (a note app's or a static site's page, an html2text export: Markdown is read as text)
    "*.markdown",
    "*.csv",
    "*.tsv",
)
DEFAULT_MAX_SIZE = 1 << 30  # 1 GiB
DEFAULT_CALENDAR = "公告开庭排期"  # the CalDAV calendar notices sync writes to
