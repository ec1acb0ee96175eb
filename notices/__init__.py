"""notices: Chinese legal notices (公告) read into validated records.

>>> page = "公告\\n张三：\\n本委已受理你与某某有限公司劳动争议一案（某劳人仲案字[2026]第1、2号）。\\n"
>>> page += "特此公告\\n某某劳动人事争议仲裁委员会\\n2026年3月6日"
>>> [(n.party, n.party_role, n.case_numbers) for n in parse_text(page)]
[(['张三'], 'applicant', ['某劳人仲案字[2026]第1号', '某劳人仲案字[2026]第2号'])]
"""

from notices.api import parse_file, parse_text
from notices.models import Finding, Notice, Source

__all__ = ["Finding", "Notice", "Source", "parse_file", "parse_text"]
__version__ = "0.1.0"
