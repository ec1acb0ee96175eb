"""The HTML review page: its structure read back with an HTML parser, then driven in headless Chromium."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from notices import parse_file
from notices.export.htmlout import to_html
from notices.export.options import ExportOptions

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
XSS = ROOT / "fixtures" / "noise" / "xss.txt"
TODAY = dt.date(2026, 3, 6)


def review(path: Path) -> tuple[bytes, str]:
    text = path.read_text(encoding="utf-8")
    records = parse_file(path, today=TODAY)
    return to_html(records, ExportOptions(texts={str(path): text})), text


@pytest.fixture(scope="module")
def page() -> tuple[lxml.html.HtmlElement, str]:
    html, text = review(PAGE)
    return lxml.html.document_fromstring(html), text


def test_sections_and_schedule(page: tuple[lxml.html.HtmlElement, str]) -> None:
    doc, _ = page
    assert len(doc.cssselect("section.notice")) == 13
    rows = doc.cssselect("#schedule tbody tr")
    assert len(rows) == 8
    assert [r.cssselect("td")[0].text_content() for r in rows][:2] == ["2026-04-20", "2026-04-20"]
    assert rows[5].cssselect("td")[1].text_content() == "时间待确认"
    # Each schedule row links to its notice.
    anchors = {s.get("id") for s in doc.cssselect("section.notice")}
    assert {r.cssselect("a")[0].get("href")[1:] for r in rows} <= anchors


def test_the_malformed_time_carries_its_error(page: tuple[lxml.html.HtmlElement, str]) -> None:
    doc, _ = page
    [mark] = doc.cssselect('mark[data-code="hearing_time_malformed"]')
    assert mark.text_content() == "30分"
    assert "finding-error" in mark.get("class")
    assert "缺少小时" in mark.get("title")
    section = mark.xpath("ancestor::section")[0]
    assert section.get("id") == "notice-9" and "error" in section.get("class")


def test_every_highlight_is_the_printed_value(page: tuple[lxml.html.HtmlElement, str]) -> None:
    doc, text = page
    records = parse_file(PAGE, today=TODAY)
    marks = doc.cssselect("pre.source mark")
    assert len(marks) > 13 * 7
    for mark in marks:
        start, end = int(mark.get("data-start")), int(mark.get("data-end"))
        assert mark.text_content() == text[start:end]
        field = mark.get("data-field")
        if field in ("party", "counterparty", "applicants", "respondents", "venue", "issuer"):
            number = int(mark.xpath("ancestor::section")[0].get("id").split("-")[1])
            value = getattr(records[number - 1], field)
            assert mark.text_content() in (value if isinstance(value, list) else [value])


def test_self_contained_and_locked_down(page: tuple[lxml.html.HtmlElement, str]) -> None:
    doc, _ = page
    assert not doc.cssselect("link, img, iframe, script[src]")
    [csp] = doc.cssselect('meta[http-equiv="Content-Security-Policy"]')
    assert "default-src 'none'" in csp.get("content") and "script-src 'sha256-" in csp.get("content")
    assert "@media print" in doc.cssselect("style")[0].text


def test_untrusted_text_is_escaped() -> None:
    html, _ = review(XSS)
    doc = lxml.html.document_fromstring(html)
    assert len(doc.cssselect("script")) == 1  # only the page's own
    assert not doc.xpath("//*[@onmouseover or @onerror]") and not doc.cssselect("img")
    section = doc.cssselect("section.notice")[0]
    assert isinstance(section, lxml.html.HtmlElement)
    assert "<script>alert(1)</script>" in section.text_content()


# ---------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
browser_needed = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("NOTICES_REQUIRE_BROWSER"),
    reason="Chromium and chromedriver are not installed (CI installs them; NOTICES_REQUIRE_BROWSER makes this fail)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


def _open(browser: WebDriver, html: bytes, path: Path) -> None:
    path.write_bytes(html)
    browser.get(path.as_uri())


def _errors(browser: WebDriver) -> list[dict[str, str]]:
    """Script errors and blocked scripts (a CSP refusal is logged as SEVERE too)."""
    log: list[dict[str, str]] = browser.get_log("browser")  # type: ignore[attr-defined]
    return [entry for entry in log if entry["level"] == "SEVERE"]


def _visible(browser: WebDriver, selector: str) -> int:
    return sum(e.is_displayed() for e in browser.find_elements(By.CSS_SELECTOR, selector))


@browser_needed
def test_filters_in_chromium(browser: WebDriver, tmp_path: Path) -> None:
    _open(browser, review(PAGE)[0], tmp_path / "review.html")
    assert _errors(browser) == []
    assert _visible(browser, "section.notice") == 13
    box = browser.find_element(By.ID, "filter-text")
    box.send_keys("刘珍华")
    assert _visible(browser, "section.notice") == 1
    assert _visible(browser, "#schedule tbody tr") == 1
    box.clear()
    box.send_keys("0219室 2026-04-23")  # words anywhere in the notice: the room and the date
    assert _visible(browser, "section.notice") == 2
    box.clear()
    box.send_keys(" ")  # clear() sends no input event
    browser.find_element(By.ID, "filter-findings").click()
    assert _visible(browser, "section.notice") == 11  # all but 杜珊珊's and 董春迪's award notices
    browser.find_element(By.ID, "filter-hearings").click()
    assert _visible(browser, "section.notice") == 8  # every hearing has a finding (a conflict, 青島, 30分)
    browser.find_element(By.ID, "filter-hearings").click()
    browser.find_element(By.ID, "filter-findings").click()
    screenshot = Path(os.environ.get("NOTICES_SCREENSHOT_DIR", tmp_path)) / "review.png"
    browser.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000
    assert _errors(browser) == []


@browser_needed
def test_hostile_text_is_inert_in_chromium(browser: WebDriver, tmp_path: Path) -> None:
    _open(browser, review(XSS)[0], tmp_path / "xss.html")
    for cell in browser.find_elements(By.CSS_SELECTOR, "section.notice td, section.notice mark"):
        ActionChains(browser).move_to_element(cell).perform()
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.accept()
    assert _errors(browser) == []
    assert "<script>alert(1)</script>" in browser.find_element(By.ID, "notice-1").text


@browser_needed
def test_the_filter_finds_the_schedule_words(browser: WebDriver, tmp_path: Path) -> None:
    _open(browser, review(PAGE)[0], tmp_path / "review.html")
    box = browser.find_element(By.ID, "filter-text")
    box.send_keys("时间待确认")  # printed in the schedule row only: notice 9's time is "30分"
    assert _visible(browser, "section.notice") == 1
    assert browser.find_element(By.ID, "notice-9").is_displayed()
    assert _errors(browser) == []


@browser_needed
def test_a_schedule_link_lands_below_the_sticky_bar(browser: WebDriver, tmp_path: Path) -> None:
    _open(browser, review(PAGE)[0], tmp_path / "review.html")
    # The sticky filter bar must not cover the heading a schedule link jumps to.
    browser.find_elements(By.CSS_SELECTOR, "#schedule tbody tr a")[0].click()
    bar_bottom = browser.execute_script("return document.getElementById('filters').getBoundingClientRect().bottom")
    target = browser.execute_script("return document.querySelector(location.hash + ' h3').getBoundingClientRect().top")
    assert target >= bar_bottom
    assert _errors(browser) == []
