"""The real-notice sample (../shared/realworld) and the labelled corpora (fixtures/labelled), scored by the
sample's own scorer: each holds the score reached, as a floor, so that no later change loses notices.

The sample is scored as the scorer runs it, through the installed console script, one process per file.
The corpora (some 250 files) are scored by the same scorer with its ``run`` reading each file in this
process through the library, which gives the records ``notices parse --format json`` prints; so the
floors cost seconds, not minutes of start-ups. A later change may raise a floor; lowering one needs a
reason in its commit message.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from notices import parse_file

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "realworld"
LABELLED = ROOT / "fixtures" / "labelled"

# corpus → (fields %, notices found, spurious at most). (Twenty floors were lowered, by 0.2 to 1.4 points, when the
# venue became the place as printed, 本委（address）: those corpora label the address alone, as about 50 labels do;
# about 100 others label the place whole; 56 others were raised to what they score with it.)
SAMPLE_FLOOR = (100.0, 29, 0)
CORPUS_FLOORS = {
    "dev": (97.6, 55, 0),
    "holdout": (99.8, 59, 0),
    "a": (98.5, 68, 0),
    "b": (99.6, 56, 0),
    "c": (96.0, 57, 0),
    "d": (95.8, 66, 0),
    "e": (99.2, 68, 0),
    "f": (100.0, 59, 0),
    "g": (99.6, 63, 0),
    "h": (99.2, 70, 0),
    "i": (96.6, 69, 1),
    "j": (94.6, 60, 0),
    "k": (93.0, 51, 0),
    "l": (98.2, 55, 0),
    "m": (99.0, 55, 0),
    "n": (99.6, 51, 0),
    "o": (99.6, 57, 0),
    "p": (94.7, 71, 1),
    "q": (99.6, 60, 0),
    "r": (97.7, 69, 0),
    "s": (99.2, 56, 0),
    "t": (99.8, 56, 0),
    "u": (96.8, 54, 0),
    "v": (98.8, 55, 0),
    "w": (96.3, 56, 0),
    "x": (99.6, 57, 0),
    "y": (99.1, 61, 0),
    "z": (99.6, 60, 0),
    "aa": (98.7, 88, 0),
    "bb": (100.0, 32, 3),  # (3: a live-stream platform's preview of coming sessions, labelled none; see CHANGELOG)
    "cc": (99.5, 62, 0),
    "dd": (98.7, 94, 0),
    "ee": (99.4, 59, 0),
    "ff": (88.9, 60, 0),  # (5 notices' cases at their own times, in shapes not split: see CHANGELOG)
    "gg": (96.4, 55, 1),  # (an SMS moving a hearing, after 温馨提示：; 1 lawyer's e-mail of hearing labels: CHANGELOG)
    "hh": (82.4, 47, 0),  # (a list of addressees, each with its own document, is one notice here, one each there)
    "ii": (90.4, 41, 0),  # (English-only notices are not read: see CHANGELOG)
    "jj": (99.1, 98, 1),  # (1 spurious: a bankruptcy administrator's call for claims, labelled none; CHANGELOG)
    "kk": (98.7, 33, 0),
    "ll": (98.7, 43, 0),  # (a Next.js page's JSON island: CHANGELOG)
    "mm": (100.0, 40, 0),  # (an ordinary day's crawl, written blind as a holdout of the average case)
    "nn": (100.0, 43, 0),  # (a month of hearings a clerk's calendar receives, likewise)
    "oo": (87.8, 37, 0),  # (OCR'd scans, written blind: first 70.6 %, 34/40, 1 spurious)
    "pp": (99.8, 56, 0),  # (social media posts and mini-program records, written blind: first 97.6 %, 56/56)
    "qq": (99.8, 45, 0),  # (a week of a national platform, every kind of notice, written blind: first 95.3 %, 44/45)
    "rr": (87.5, 37, 1),  # (office documents converted to text, written blind: first 55.3 %, 26/40, 4 spurious)
    "ss": (100.0, 42, 1),  # (a city's month of notices from every source, written blind: first 95.8 %, 41/42, 1 sp.)
    "tt": (100.0, 28, 0),  # (newspapers' classified pages, lookalikes around notices, written blind: first 4 spurious)
    "uu": (100.0, 41, 0),  # (dates and times every way, defects planted, written blind: first 97.0 %, 40/41, 1 sp.)
    "vv": (97.3, 48, 0),  # (special procedures and family cases, written blind: first 80.5 %, 42/49, 1 spurious)
    "ww": (74.6, 31, 1),  # (text damaged on its way: run together, cut, entities, typos; blind: first 67.3 %, 30/38)
    "xx": (79.6, 35, 0),  # (bureaus and inspectors serving by announcement, written blind: first 70.8 %, 35/43, 1 sp.)
    "yy": (94.1, 32, 1),  # (bankruptcy and liquidation, courts' and administrators', blind: first 83.3 %, 28/32)
    "zz": (98.8, 56, 0),  # (a provincial legal paper's two weeks, a holdout of the average case, blind: first 98.8 %)
    "aaa": (97.2, 42, 0),  # (a northern city's month from every source, blind: first 97.2 %, 42/43; a table's rows)
    "bbb": (100.0, 38, 0),  # (the turn of the year into 2027, defects planted, blind: first 98.5 %, 38/38, 1 spurious)
    "ccc": (100.0, 36, 0),  # (township tribunals of central China, blind: first 99.1 %, 36/36, 2 spurious)
    "ddd": (99.5, 42, 0),  # (a south-eastern city's month from every source, blind: first 99.5 %, 42/42, 1 spurious)
    "eee": (98.6, 39, 0),  # (labour arbitration committees of 25 cities, blind: first 92.3 %, 39/39, 2 spurious)
    "fff": (96.4, 40, 1),  # (fields in unusual places: notes under signatures, labels, forms; blind: first 76.7 %)
    "ggg": (99.0, 33, 0),  # (forms of service printed by case systems, 要素式公告; blind: first 20.5 %, 9/33)
    "hhh": (94.6, 43, 0),  # (a central province's week from every source, blind: first 94.6 %, 43/45; 94.8 before
    # one employer's numbered cases, labelled apart, were read with both applicants, as ~50 labels elsewhere read them)
    "iii": (98.4, 42, 0),  # (one court's year of its 公告 column, blind: first 98.1 %, 42/42)
    "jjj": (100.0, 41, 0),  # (a western province's week from every source, blind: first 97.3 %, 40/41, 5 spurious)
    "kkk": (99.8, 47, 0),  # (second instance, retrial, enforcement objections; blind: first 99.3 %, 3 spurious)
    "lll": (99.8, 63, 0),  # (law firms' and vendors' daily digests of notices, blind: first 99.6 %, 63/63)
    "mmm": (99.4, 57, 0),  # (a province's day on the national platform's API, blind: first 99.4 %, 57/57)
    "ooo": (98.6, 31, 0),  # (bureaus other than labour serving by announcement, blind: first 96.1 %, 31/31)
    "ppp": (80.6, 73, 1),  # (hearing schedules in every layout, defects planted, blind: first 64.9 %, 60/82)
    "qqq": (100.0, 46, 0),  # (a southern region's week from every source, 广西, blind: first 99.3 %, 46/46, 1 spurious)
    "rrr": (90.2, 124, 0),  # (mass cases served in bulk: lenders, utilities, blind: first 40.0 %, 61/136, 1 spurious)
    "sss": (98.3, 47, 0),  # (a central-south city's month with the National Day holiday, 株洲, blind: first 1 spurious)
    "ttt": (100.0, 43, 0),  # (a northern province's week from every source, 山西, blind: first 97.7 %, 3 spurious)
    "uuu": (85.1, 85, 1),  # (many addressees each in a case of their own, no table header, blind: first 33.3 %, 42/96)
    "vvv": (100.0, 44, 0),  # (a north-eastern city's month from every source, 长春, blind: first 99.0 %, 44/44)
    "www": (97.2, 43, 0),  # (a central province's week from every source, 安徽, blind: first 95.2 %, 43/44, 1 spurious;
    # 97.5 before one employer's numbered cases, labelled apart, were read with both applicants)
    "xxx": (85.5, 48, 0),  # (the enforcement stage's papers, bulk and single, blind: first 82.4 %, 47/53, 1 spurious)
    "yyy": (99.7, 43, 0),  # (a north-western city's month with the Labour Day holiday, 银川, blind: first 98.2 %)
    "zzz": (99.2, 43, 0),  # (an eastern city's month with the Dragon Boat holiday, 温州, blind: first 97.9 %, 1 sp.)
    "aaaa": (99.7, 43, 0),  # (a south-western province's week, 云南, blind: first 97.2 %, 42/43, 1 spurious)
    "cccc": (99.2, 43, 0),  # (a municipality's week, 重庆, blind: first 97.9 %, 43/43, 1 spurious)
    "dddd": (97.9, 47, 0),  # (a south-eastern city's month, 赣州, a defect planted, blind: first 97.6 %, 1 spurious)
    "eeee": (99.5, 44, 0),  # (commercial arbitration commissions of 23 cities, blind: first 98.2 %, 44/44)
    "bbbb": (97.0, 43, 0),  # (a municipality's month, 天津, narrow newspaper columns, blind: first 91.7 %, 41/44;
    # 97.0 before one employer's numbered cases, labelled apart, were read with both applicants)
    "ffff": (99.7, 43, 0),  # (a northern city's month with the Mid-Autumn holiday, 保定, blind: first 98.4 %, 43/43)
    "gggg": (99.3, 47, 0),  # (an island province's week, 海南, blind: first 98.6 %, 47/47)
    "hhhh": (99.7, 42, 0),  # (an eastern city's month, factories and staffing firms, 苏州, blind: first 97.6 %, 2 sp.)
    "iiii": (100.0, 42, 0),  # (a north-eastern province's week, 辽宁, blind: first 100.0 %, 42/42, 2 spurious)
    "jjjj": (98.7, 42, 0),  # (a south-western city's month, 成都, narrow newspaper columns, blind: first 96.3 %, 1 sp.)
    "kkkk": (99.7, 40, 0),  # (an autonomous region's week, 新疆, blind: first 98.9 %, 40/40, 1 spurious)
    "llll": (99.4, 40, 0),  # (a city's week, 上海, finance, leases, shipping, blind: first 98.1 %, 40/40)
    "mmmm": (100.0, 42, 0),  # (a city's month, 武汉, 国庆, blind: first 98.9 %, 42/42)
    "nnnn": (99.7, 41, 0),  # (an autonomous region's week, 内蒙古, ruled columns, blind: first 97.3 %, 40/41, 1 sp.)
    "oooo": (99.7, 41, 0),  # (a city's week, 深圳, Hong Kong parties, blind: first 99.5 %, 41/41)
    "pppp": (100.0, 42, 0),  # (a city's month, 西安, New Year's Day, blind: first 98.7 %, 42/42, 1 spurious)
    "qqqq": (98.7, 43, 0),  # (a province's week, 青海, blind: first 97.9 %, 43/43)
    "rrrr": (98.6, 40, 0),  # (a port city's week, 青岛, Korean and Japanese parties, blind: first 97.8 %, 40/40)
    "ssss": (100.0, 42, 1),  # (a city's month with the Spring Festival, 哈尔滨, blind: first 98.4 %, 42/42, 1 spurious)
    "tttt": (99.5, 42, 0),  # (a city's week, 杭州, an internet court, blind: first 99.2 %, 42/42)
    "uuuu": (99.7, 40, 0),  # (an autonomous region's week, 西藏, blind: first 99.2 %, 40/40)
    "vvvv": (100.0, 48, 0),  # (a city's month, 广州, an internet court, lists, blind: first 97.2 %, 48/48, 1 spurious)
    "wwww": (99.7, 40, 0),  # (a city's week, 厦门, Taiwan parties, masked addresses, blind: first 98.1 %, 40/40)
    "xxxx": (99.4, 40, 0),  # (a city's week, 北京, specialised courts, blind: first 98.9 %, 40/40)
    "yyyy": (100.0, 43, 0),  # (a city's month with 清明, 长沙, blind: first 99.0 %, 43/43)
    "zzzz": (98.9, 42, 0),  # (a city's week, 南京, a bankruptcy administrator, blind: first 98.4 %, 42/42)
    "aaaaa": (99.7, 41, 0),  # (a provincial capital's week, 石家庄, blind: first 99.2 %, 41/41)
    "bbbbb": (99.7, 41, 0),  # (a city's month, 兰州, newspaper columns, blind: first 96.2 %, 40/41)
    "ccccc": (98.6, 40, 0),  # (a port city's week, 大连, Japanese and Korean parties, blind: first 97.8 %, 1 spurious)
    "ddddd": (99.5, 41, 0),  # (a provincial capital's week, 郑州, blind: first 98.4 %, 41/41)
    "eeeee": (99.5, 41, 0),  # (a city's week, 昆明, Myanmar and Lao parties, blind: first 97.0 %, 41/41)
    "fffff": (100.0, 42, 0),  # (a city's month, 太原, blind: first 98.1 %, 42/42, 1 spurious)
    "ggggg": (99.5, 44, 1),  # (a provincial capital's week, 南昌, blind: first 99.2 %, 44/44, 1 spurious)
    "hhhhh": (100.0, 42, 0),  # (a city's month with 清明, 沈阳, blind: first 99.5 %, 42/42)
    "iiiii": (98.7, 42, 0),  # (a city's week, 贵阳, blind: first 98.1 %, 42/42, 1 spurious)
    "jjjjj": (98.9, 40, 1),  # (a week of 海南, Hong Kong shipowners, blind: first 97.8 %, 40/40, 1 spurious)
    "kkkkk": (99.2, 42, 0),  # (a port city's week, 宁波, online hearings, blind: first 95.5 %, 41/42)
    "lllll": (99.7, 41, 1),  # (a city's month with 中秋, 福州, blind: first 98.9 %, 41/41, 1 spurious)
    "mmmmm": (98.9, 42, 1),  # (a provincial capital's week, 合肥, blind: first 98.9 %, 42/42, 1 spurious)
    "nnnnn": (99.7, 40, 1),  # (a week of 呼和浩特 and 包头, Mongolian names, blind: first 99.2 %, 40/40, 1 spurious)
    "ooooo": (99.0, 46, 0),  # (a city's month, 南宁, Vietnamese parties, blind: first 96.1 %, 45/46)
    "ppppp": (99.5, 43, 0),  # (a provincial capital's week, 济南, blind: first 99.5 %, 43/43)
    "qqqqq": (98.1, 42, 0),  # (a month of 东莞 and 佛山, labour cases, blind: first 97.4 %, 42/42)
    "rrrrr": (98.7, 42, 0),  # (a week of 徐州 and 连云港, blind: first 98.7 %, 42/42)
    "sssss": (98.6, 41, 0),  # (a week of 唐山 and 秦皇岛, blind: first 97.8 %, 41/41)
    "ttttt": (99.5, 41, 0),  # (a city's month, 洛阳, county courts' plain pages, blind: first 98.9 %, 41/41)
    "uuuuu": (99.7, 42, 1),  # (a week of 绵阳 and 德阳, blind: first 98.1 %, 42/42, 1 spurious — an office's move)
    "vvvvv": (99.7, 40, 0),  # (a week of 泉州 and 漳州, Taiwan parties, blind: first 98.6 %, 40/40)
    "wwwww": (98.6, 40, 0),  # (a month of 烟台 and 潍坊, Korean companies, blind: first 98.3 %, 40/40)
    "xxxxx": (100.0, 42, 0),  # (a week of 襄阳 and 宜昌, blind: first 99.2 %, 42/42)
    "yyyyy": (99.7, 42, 0),  # (a week of 大庆 and 齐齐哈尔, blind: first 98.4 %, 42/42)
    "zzzzz": (99.3, 46, 1),  # (a month of 柳州 and 桂林, blind: first 98.3 %, 46/46, 1 spurious — a notice continued)
    "aaaaaa": (100.0, 41, 0),  # (a week of 宝鸡 and 咸阳, blind: first 100.0 %, 41/41)
    "bbbbbb": (98.9, 42, 0),  # (a week of 南通 and 扬州, blind: first 98.9 %, 42/42)
    "cccccc": (99.2, 41, 0),  # (a month of 湛江 and 茂名 with 端午, blind: first 98.9 %, 41/41)
    "dddddd": (99.4, 40, 0),  # (a week of 邯郸 and 邢台, blind: first 96.4 %, 39/40)
    "eeeeee": (98.9, 42, 0),  # (a week of 芜湖 and 蚌埠, blind: first 98.9 %, 42/42)
    "ffffff": (100.0, 42, 0),  # (a month of 岳阳 and 常德 with 中秋, blind: first 99.5 %, 42/42)
    "gggggg": (99.2, 42, 0),  # (a week of 嘉兴 and 台州, blind: first 98.9 %, 42/42)
    "hhhhhh": (99.7, 41, 0),  # (a week of 宜宾 and 泸州, blind: first 99.7 %, 41/41)
    "iiiiii": (97.2, 42, 0),  # (a month of 吉林 and 延边, blind: first 97.2 %, 42/43: two cases labelled apart)
    "jjjjjj": (99.5, 43, 0),  # (a week of 临沂 and 济宁, blind: first 97.9 %, 43/43)
    "kkkkkk": (99.2, 41, 0),  # (a week of 江门 and 肇庆, blind: first 98.4 %, 41/41, 1 spurious)
    "llllll": (99.7, 40, 0),  # (a month of 开封 and 南阳, blind: first 99.7 %, 40/40)
    "mmmmmm": (99.7, 42, 1),  # (a week of 荆州 and 十堰, blind: first 97.1 %; 1 spurious: a notice to the public)
    "nnnnnn": (99.5, 41, 1),  # (a week of 赣州 and 九江, blind: first 95.1 %; 1 spurious: an office's move)
    "oooooo": (99.7, 41, 0),  # (a month of 包头 and 鄂尔多斯 with 清明, blind: first 98.4 %, 41/41)
    "pppppp": (98.4, 42, 0),  # (a week of 金华 and 衢州, blind: first 98.4 %, 42/42)
    "qqqqqq": (98.4, 42, 1),  # (a week of 遵义 and 六盘水, blind: first 98.1 %; 1 spurious: a centre's move)
    "rrrrrr": (100.0, 42, 0),  # (a month of 曲靖 and 大理 with 端午, blind: first 99.2 %, 42/42)
    "ssssss": (98.1, 42, 1),  # (a week of 常州 and 镇江, blind: first 98.1 %; 1 spurious: an office's move)
    "tttttt": (98.9, 42, 1),  # (a week of 阜阳 and 六安, blind: first 98.7 %; 1 spurious: a window's move)
    "uuuuuu": (100.0, 42, 0),  # (a month of 邵阳 and 怀化 with 中秋, blind: first 98.7 %, 1 spurious)
    "vvvvvv": (99.5, 41, 1),  # (a week of 赤峰 and 通辽, blind: first 98.6 %, 2 spurious; 1: a guide to service)
    "wwwwww": (99.7, 41, 0),  # (a week of 三明 and 南平, blind: first 99.7 %, 1 spurious: a site's menu of links)
    "xxxxxx": (99.5, 41, 0),  # (a week of 韶关 and 梅州, blind: first 99.2 %)
    "yyyyyy": (99.7, 41, 0),  # (a week of 攀枝花 and 凉山, blind: first 98.4 %)
    "zzzzzz": (99.7, 40, 0),  # (a week of 承德 and 张家口, blind: first 99.4 %)
    "aaaaaaa": (99.5, 41, 0),  # (the week before 春节 2033 in 吉安 and 抚州, blind: first 98.6 %)
    "bbbbbbb": (99.7, 41, 2),  # (a week of 吴忠 and 固原, blind: first 99.7 %, 2 spurious: see its CHANGELOG line)
    "ccccccc": (99.5, 41, 1),  # (a week of 揭阳 and 汕尾, blind: first 98.9 %, 2 spurious; 1: an office's move)
    "ddddddd": (100.0, 42, 0),  # (a week over 元旦 2033 in 郴州 and 永州, blind: first 91.8 %)
    "eeeeeee": (100.0, 41, 0),  # (a week of 酒泉, 嘉峪关 and 张掖, blind: first 99.2 %)
    "fffffff": (100.0, 42, 0),  # (a week of 张家界 and 湘西, blind: first 98.7 %)
    "ggggggg": (99.7, 41, 1),  # (a week of 商洛 and 安康, blind: first 99.7 %, 1 spurious: an office's move)
    "hhhhhhh": (99.2, 43, 1),  # (the week before 清明 2033 in 东营 and 滨州, blind: first 99.0 %, 1 spurious)
    "iiiiiii": (99.7, 44, 0),  # (a week of 随州 and 孝感, blind: first 99.5 %, 1 spurious)
    "jjjjjjj": (99.5, 44, 0),  # (a week of 德州 and 聊城, blind: first 98.2 %, 3 spurious)
    "kkkkkkk": (100.0, 44, 0),  # (the week before 五一 2033 in 阳江 and 云浮, blind: first 95.7 %, 3 spurious)
    "lllllll": (99.5, 43, 0),  # (the week after 五一 2033 in 忻州 and 吕梁, blind: first 99.0 %)
    "mmmmmmm": (98.4, 43, 0),  # (a week of 鹰潭, 萍乡 and 新余, blind: first 98.4 %: venues labelled without address)
    "nnnnnnn": (100.0, 42, 0),  # (a week of 安顺 and 毕节, blind: first 99.5 %, 1 spurious)
    "ooooooo": (99.5, 44, 0),  # (a week of the special courts around 端午 2033, blind: first 95.2 %, 43/44)
    "ppppppp": (99.8, 45, 0),  # (a week of 衡水 and 沧州, blind: first 93.3 %, 43/45)
    "qqqqqqq": (99.7, 42, 0),  # (a week of 河池, 贺州 and 崇左, blind: first 97.4 %, 41/42)
    "rrrrrrr": (99.8, 45, 0),  # (a week of 黄冈 and 咸宁, blind: first 93.8 %, 43/45)
    "sssssss": (99.5, 45, 0),  # (a week of 娄底 and 益阳, blind: first 98.5 %)
    "ttttttt": (99.8, 45, 0),  # (a week of 丽水 and 衢州, blind: first 98.5 %)
    "uuuuuuu": (99.7, 43, 0),  # (a week of 通化 and 白山, blind: first 99.5 %)
    "vvvvvvv": (98.7, 44, 0),  # (a week of 呼伦贝尔 and 兴安盟, blind: first 97.7 %)
    "wwwwwww": (99.5, 45, 0),  # (a week of 湛江 and 茂名 in the typhoon season, blind: first 99.5 %, 1 spurious)
    "xxxxxxx": (99.0, 44, 0),  # (a week of 鹤壁 and 濮阳, blind: first 96.7 %: see its CHANGELOG line)
    "yyyyyyy": (99.7, 43, 1),  # (a week of 延边, blind: first 99.7 %, 1 spurious: an office's move)
    "zzzzzzz": (100.0, 42, 0),  # (a week of 海东 and 海北, blind: first 99.5 %)
    "aaaaaaaa": (100.0, 43, 0),  # (a week of 宿州 and 淮北, blind: first 99.2 %)
    "bbbbbbbb": (99.7, 42, 0),  # (a week of 舟山, blind: first 98.9 %)
    "cccccccc": (99.7, 42, 0),  # (a week of 保山 and 临沧, blind: first 98.4 %)
    "dddddddd": (99.7, 43, 0),  # (a week of 阿勒泰 and 塔城, blind: first 96.9 %, 42/43)
    "eeeeeeee": (99.7, 42, 0),  # (a week of 天水 and 平凉, blind: first 98.9 %, 1 spurious)
    # (a week of 宁德 and 莆田, blind: first 99.2 %; 11 spurious: a table of twelve defendants, each with its case,
    # read as twelve notices as corpus rrr labels such a table, where this corpus labels one)
    "ffffffff": (99.5, 42, 11),
    "gggggggg": (99.7, 43, 0),  # (a week of 伊春 and 鹤岗, blind: first 99.2 %)
    "hhhhhhhh": (99.7, 44, 0),  # (a week of 百色 and 防城港, blind: first 98.5 %)
    "iiiiiiii": (99.8, 45, 0),  # (a week of 黄山 and 池州, blind: first 99.5 %)
    "jjjjjjjj": (98.4, 43, 0),  # (a week of 林芝 and 山南, blind: first 98.2 %; venues labelled without their address)
    "kkkkkkkk": (99.7, 43, 0),  # (a week of 乌海, 巴彦淖尔 and 阿拉善, blind: first 99.0 %)
    "llllllll": (100.0, 42, 0),  # (a week of 商丘 and 周口, blind: first 98.4 %)
    "mmmmmmmm": (100.0, 45, 0),  # (a week of 梧州, 玉林 and 钦州, blind: first 98.5 %)
    "nnnnnnnn": (99.7, 44, 0),  # (a week of 宿迁, 淮安 and 盐城, blind: first 99.2 %)
    "oooooooo": (99.7, 42, 0),  # (a week of 雅安, 巴中 and 广元, blind: first 99.5 %)
    "pppppppp": (99.8, 45, 0),  # (a week of 信阳 and 驻马店, blind: first 99.3 %)
    "qqqqqqqq": (100.0, 42, 0),  # (a week of 襄阳 and 荆门, blind: first 98.9 %)
    "rrrrrrrr": (100.0, 42, 0),  # (a week of 伊犁, blind: first 100 %)
    "ssssssss": (99.5, 43, 0),  # (a week of 铜仁, blind: first 98.7 %)
    "tttttttt": (99.7, 42, 0),  # (a week of 恩施 and 神农架, blind: first 99.2 %)
    "uuuuuuuu": (99.8, 45, 0),  # (a week of 自贡 and 内江, blind: first 99.8 %)
    "vvvvvvvv": (98.0, 45, 0),  # (a week of 广安 and 达州, blind: first 97.5 %, 1 spurious)
    "wwwwwwww": (99.7, 44, 0),  # (a week of 克拉玛依 and 博尔塔拉, blind: first 99.2 %)
    "xxxxxxxx": (100.0, 42, 0),  # (a week of 海西 and 玉树, blind: first 97.9 %, 1 spurious)
    "yyyyyyyy": (99.8, 45, 0),  # (a week of 景德镇 and 上饶, blind: first 97.8 %)
    "zzzzzzzz": (99.8, 45, 0),  # (a week of 清远 and 河源, blind: first 98.0 %)
    "abababab": (99.5, 43, 0),  # (a week of 黄石 and 鄂州, blind: first 99.0 %)
    "acacacac": (99.5, 44, 0),  # (a week of 湖州 and 绍兴, blind: first 99.5 %)
    "adadadad": (99.7, 42, 0),  # (a week of 黔东南, blind: first 97.4 %, 41/42 found)
    "aeaeaeae": (99.2, 42, 0),  # (a week of 儋州, 琼海 and 万宁, blind: first 99.2 %)
    "afafafaf": (99.8, 45, 0),  # (a week of 甘孜 and 阿坝, blind: first 99.5 %)
    "agagagag": (99.5, 43, 0),  # (a week of 丽江, 迪庆 and 怒江, blind: first 99.5 %)
    "ahahahah": (99.5, 43, 0),  # (a week of 遂宁, 眉山 and 资阳, blind: first 99.2 %, 2 spurious)
    "aiaiaiai": (98.0, 45, 0),  # (a week of 德宏 and 西双版纳, blind: first 98.0 %)
    "ajajajaj": (99.2, 43, 7),  # (a week of 鸡西, 双鸭山 and 七台河, blind: first 98.7 %, 8 spurious)
    "akakakak": (100.0, 42, 0),  # (a week of 乐山 and 潮州, blind: first 98.9 %, 1 spurious)
    "alalalal": (99.7, 43, 0),  # (a week of 普洱 and 文山, blind: first 99.2 %)
    "amamamam": (99.5, 45, 0),  # (a week of 黑河, 大兴安岭 and 锡林郭勒, blind: first 99.3 %, 1 spurious)
    "anananan": (99.2, 42, 0),  # (a week of 昭通 and 黔西南, blind: first 98.7 %)
    "aoaoaoao": (99.7, 42, 0),  # (a week of 武威, 金昌, 陇南 and 中卫, blind: first 99.7 %)
    "apapapap": (100.0, 42, 0),  # (a week of 巴音郭楞 and 克孜勒苏, blind: first 99.7 %)
    "aqaqaqaq": (100.0, 42, 0),  # (a week of 来宾 and 乌兰察布, blind: first 96.6 %, 41/42 found)
    "arararar": (99.8, 45, 0),  # (a week of 宁德 and 南平, blind: first 96.5 %)
    "asasasas": (99.7, 42, 0),  # (a week of 衢州 and 丽水, blind: first 99.7 %)
    "auauauau": (98.8, 45, 0),  # (a week of 三明, 莆田 and 梅州, blind: first 89.1 %, 41/45 found, 5 spurious)
    "atatatat": (99.7, 43, 0),  # (a week of 阿里, 那曲, 果洛 and 黄南, blind: first 96.1 %, 42/43 found)
    "avavavav": (99.7, 43, 0),  # (a week of 吕梁 and 临汾, blind: first 95.1 %, 42/43 found)
    "awawawaw": (100.0, 45, 0),  # (a week of 铁岭, 朝阳 and 葫芦岛, blind: first 95.6 %, 43/45 found)
    "axaxaxax": (99.2, 43, 0),  # (a week of 永州 and 郴州, blind: first 98.7 %)
    "ayayayay": (99.8, 45, 0),  # (a week of 荆门, 随州 and 孝感, blind: first 99.8 %)
    # (r4_19's label keeps the number its correction says was misprinted; dhdhdhdh's l3_21 and the tool drop it)
    "bcbcbcbc": (99.5, 42, 0),  # (a week of 抚州, 鹰潭 and 新余, blind: first 99.7 %)
    "azazazaz": (99.2, 42, 0),  # (a week of 商洛, 安康 and 十堰, blind: first 99.2 %, 1 spurious)
    "bdbdbdbd": (99.2, 42, 0),  # (a week of 淮北, 宿州 and 亳州, blind: first 96.3 %, 41/42 found)
    "bebebebe": (100.0, 43, 0),  # (a week of 舟山 and 台州, blind: first 99.0 %, 1 spurious)
    "bfbfbfbf": (99.2, 42, 0),  # (a week of 辽源, 松原 and 白城, blind: first 94.4 %)
    "bgbgbgbg": (99.8, 45, 0),  # (a week of 本溪, 辽阳 and 盘锦, blind: first 99.3 %)
    "bhbhbhbh": (99.7, 44, 0),  # (a week of 朔州, 晋城 and 阳泉, blind: first 99.2 %)
    "bibibibi": (99.8, 45, 0),  # (a week of 绥化 and 佳木斯, blind: first 99.3 %)
    "bjbjbjbj": (99.7, 42, 0),  # (a week of 贵港 and 梧州, blind: first 99.7 %)
    "bkbkbkbk": (99.2, 44, 0),  # (a week of 衡阳 and 湘潭, blind: first 89.9 %, 40/44, 1 spurious)
    "blblblbl": (99.8, 45, 0),  # (a week of 丹东 and 抚顺, blind: first 99.5 %, 1 spurious)
    "bmbmbmbm": (99.8, 45, 0),  # (a week of 哈密 and 吐鲁番, blind: first 96.3 %, 44/45)
    "bnbnbnbn": (99.3, 45, 0),  # (a week of 铜川 and 渭南, blind: first 98.0 %, 1 spurious)
    "bobobobo": (99.7, 44, 0),  # (a week of 济源, 焦作 and 三门峡, blind: first 99.0 %)
    "bpbpbpbp": (99.0, 43, 0),  # (a week of 乐东, 陵水, 五指山 and 东方, blind: first 94.3 %, 41/43)
    "bqbqbqbq": (99.8, 45, 0),  # (a week of 漯河 and 平顶山, blind: first 99.5 %)
    "brbrbrbr": (96.2, 43, 0),  # (a week of 宣城 and 铜陵, blind: first 95.7 %, 43/44)
    "bsbsbsbs": (99.5, 45, 0),  # (a week of 滁州 and 淮南, blind: first 99.0 %)
    "btbtbtbt": (99.8, 45, 0),  # (a week of 马鞍山, blind: first 99.5 %)
    "bubububu": (100.0, 43, 0),  # (a week of 昌都 and 林芝, blind: first 99.7 %)
    "bvbvbvbv": (99.7, 43, 0),  # (a week of 阿克苏 and 巴音郭楞, blind: first 99.0 %)
    "bwbwbwbw": (99.7, 42, 0),  # (a week of 庆阳 and 平凉, blind: first 99.2 %)
    "bxbxbxbx": (99.7, 44, 0),  # (a week of 营口 and 锦州, blind: first 99.5 %)
    "bybybyby": (99.5, 45, 0),  # (a week of 黑河 and 伊春, blind: first 99.3 %)
    "bzbzbzbz": (99.5, 45, 0),  # (a week of 中卫 and 固原, blind: first 99.5 %)
    "cacacaca": (98.5, 45, 2),  # (a week of 安庆 and 池州, blind: first 98.0 %, 2 spurious)
    "cbcbcbcb": (99.8, 45, 0),  # (a week of 定安, 屯昌, 临高 and 澄迈, blind: first 99.5 %)
    "cdcdcdcd": (100.0, 43, 0),  # (a week of 楚雄 and 红河, blind: first 98.7 %)
    "cececece": (99.7, 44, 0),  # (a week of 遂宁, 资阳 and 内江, blind: first 99.7 %)
    "cfcfcfcf": (100.0, 44, 0),  # (a week of 阜新 and 通辽, blind: first 99.7 %)
    "cgcgcgcg": (99.7, 44, 0),  # (a week of 定西 and 白银, blind: first 99.2 %)
    "chchchch": (99.2, 43, 0),  # (a week of 黔南 and 黔西南, blind: first 99.2 %)
    "cicicici": (99.0, 43, 0),  # (a week of 眉山 and 乐山, blind: first 99.0 %)
    "cjcjcjcj": (99.5, 45, 0),  # (a week of 文山 and 昭通, blind: first 99.0 %, 1 spurious)
    "ckckckck": (98.8, 45, 0),  # (a week of 临沧 and 普洱, blind: first 98.5 %)
    "clclclcl": (99.7, 42, 0),  # (a week of 阿坝 and 甘孜, blind: first 99.7 %)
    "cmcmcmcm": (99.2, 42, 0),  # (a week of 来宾 and 贺州, blind: first 98.7 %)
    "cncncncn": (100.0, 42, 0),  # (a week of 日喀则 and 那曲, blind: first 99.7 %)
    "cocococo": (100.0, 43, 0),  # (a week of 喀什 and 和田, blind: first 99.5 %)
    "cpcpcpcp": (99.8, 45, 0),  # (a week of 锡林郭勒 and 兴安, blind: first 99.5 %)
    "cqcqcqcq": (99.2, 44, 0),  # (a week of 新乡 and 许昌, blind: first 98.7 %)
    "crcrcrcr": (99.5, 44, 0),  # (a week of 广安 and 达州, blind: first 98.5 %)
    "cscscscs": (98.5, 44, 0),  # (a week of 龙岩 and 漳州, blind: first 97.2 %, 1 spurious)
    "ctctctct": (99.7, 44, 0),  # (a week of 揭阳 and 汕尾, blind: first 99.7 %)
    "cucucucu": (99.7, 44, 0),  # (a week of 安阳, blind: first 98.7 %)
    "cvcvcvcv": (99.8, 45, 0),  # (a week of 玉溪, blind: first 99.5 %)
    "cwcwcwcw": (99.0, 43, 0),  # (a week of 清远 and 河源, blind: first 98.7 %)
    "cxcxcxcx": (99.5, 42, 0),  # (a week of 上饶 and 景德镇, blind: first 99.2 %)
    "cycycycy": (99.8, 45, 0),  # (a week of 海南州 and 黄南, blind: first 99.8 %)
    "czczczcz": (98.5, 45, 0),  # (a week of 儋州 and 洋浦, blind: first 98.5 %)
    "dadadada": (99.5, 45, 0),  # (a week of 宜春 and 新余, blind: first 99.5 %)
    "dbdbdbdb": (99.8, 45, 0),  # (a week of 鄂州 and 黄冈, blind: first 96.3 %, one notice missed)
    "dcdcdcdc": (100.0, 42, 0),  # (a week of 贵港 and 玉林, blind: first 99.7 %)
    "dededede": (99.0, 43, 1),  # (a week of 阳江 and 云浮, blind: first 98.2 %, 3 spurious)
    "dfdfdfdf": (99.5, 45, 0),  # (a week of 韶关 and 梅州, blind: first 99.3 %)
    "dgdgdgdg": (99.7, 44, 0),  # (a week of 焦作 and 三门峡, blind: first 98.2 %)
    "dhdhdhdh": (99.5, 44, 0),  # (a week of 萍乡 and 鹰潭, blind: first 99.2 %)
    "didididi": (99.8, 45, 0),  # (a week of 文昌, 琼海 and 万宁, blind: first 99.8 %)
    "djdjdjdj": (99.5, 45, 0),  # (a week of 松原 and 白城, blind: first 99.3 %)
    "dkdkdkdk": (99.7, 43, 0),  # (a week of 辽源 and 四平, blind: first 99.2 %)
    "dldldldl": (99.7, 42, 0),  # (a week of 临夏 and 甘南, blind: first 99.2 %)
    "dmdmdmdm": (99.0, 43, 1),  # (a week of 菏泽 and 枣庄, blind: first 98.7 %, 1 spurious)
    # (l7_20's label splits a tax bureau's table of four taxpayers into four notices; the tool reads one)
    "dndndndn": (92.6, 42, 0),  # (a week of 日照 and 聊城, blind: first 91.6 %)
    "dodododo": (99.7, 44, 0),  # (a week of 本溪 and 盘锦, blind: first 99.7 %)
    "dpdpdpdp": (99.7, 44, 0),  # (a week of 乌兰察布 and 巴彦淖尔, blind: first 99.2 %)
    "dqdqdqdq": (99.5, 43, 0),  # (a week of 滨州 and 东营, blind: first 99.5 %)
    "drdrdrdr": (99.3, 45, 0),  # (a week of 通化 and 白山, blind: first 99.0 %)
    "dsdsdsds": (99.3, 45, 0),  # (a week of 丹东 and 葫芦岛, blind: first 98.5 %)
    "dtdtdtdt": (99.7, 42, 0),  # (a week of 嘉峪关 and 酒泉, blind: first 99.2 %)
    "dudududu": (99.2, 43, 1),  # (a week of 昌吉 and 博州, blind: first 97.9 %, 1 spurious)
    "dvdvdvdv": (99.7, 44, 0),  # (a week of 乌海 and 阿拉善, blind: first 99.2 %)
    "dwdwdwdw": (100.0, 44, 0),  # (a week of 梧州 and 钦州, blind: first 100 %)
    "dxdxdxdx": (97.4, 43, 0),  # (a week of 七台河 and 双鸭山, blind: first 97.2 %)
    "dydydydy": (99.5, 45, 0),  # (a week of 潮州 and 汕头, blind: first 99.0 %)
    "dzdzdzdz": (99.5, 45, 0),  # (a week of 秦皇岛 and 廊坊, blind: first 99.5 %)
    "eaeaeaea": (99.5, 43, 0),  # (a week of 晋城 and 阳泉, blind: first 99.2 %)
    "ebebebeb": (99.7, 43, 0),  # (a week of 朔州 and 忻州, blind: first 99.2 %)
    "ecececec": (99.0, 43, 1),  # (a week of 榆林 and 延安, blind: first 98.7 %, 2 spurious)
    "edededed": (99.0, 44, 0),  # (a week of 衡水 and 沧州, blind: first 98.0 %, 1 spurious)
    "efefefef": (99.7, 44, 0),  # (a week of 长治 and 晋中, blind: first 99.7 %)
    "egegegeg": (99.7, 43, 0),  # (a week of 运城 and 临汾, blind: first 99.5 %)
    "eheheheh": (99.5, 45, 0),  # (a week of 铜川 and 渭南, blind: first 99.3 %, 1 spurious)
    "eieieiei": (99.5, 45, 0),  # (a week of 承德 and 张家口, blind: first 98.8 %)
    "ejejejej": (99.5, 43, 0),  # (a week of 邢台 and 邯郸, blind: first 99.0 %)
    "ekekekek": (99.7, 43, 0),  # (a week of 咸阳 and 宝鸡, blind: first 97.7 %, 1 spurious)
    "elelelel": (99.5, 43, 0),  # (a week of 抚顺 and 铁岭, blind: first 99.2 %)
    "emememem": (99.7, 44, 0),  # (a week of 辽阳 and 鞍山, blind: first 99.7 %)
    "enenenen": (99.5, 44, 0),  # (a week of 商洛 and 安康, blind: first 98.7 %)
    "eoeoeoeo": (99.7, 41, 0),  # (a week of 唐山, blind: first 99.7 %)
    "epepepep": (99.3, 45, 0),  # (a week of 汉中 and 陇南, blind: first 98.3 %)
    "eqeqeqeq": (99.5, 45, 1),  # (a week of 朝阳, blind: first 99.5 %, 1 spurious)
    "erererer": (99.7, 43, 0),  # (a week of 兴安盟, blind: first 99.7 %)
    "eseseses": (99.5, 43, 0),  # (a week of 黔南 and 铜仁, blind: first 98.2 %)
    "etetetet": (99.5, 43, 1),  # (a week of 吴忠 and 固原, blind: first 99.5 %, 1 spurious)
    "eueueueu": (99.7, 44, 0),  # (a week of 昭通 and 六盘水, blind: first 99.7 %)
    "evevevev": (99.7, 44, 0),  # (a week of 石嘴山 and 中卫, blind: first 99.7 %)
    "ewewewew": (99.8, 45, 0),  # (a week of 龙岩 and 漳州, blind: first 99.3 %)
    "exexexex": (99.7, 43, 0),  # (a week of 马鞍山 and 宣城, blind: first 99.7 %)
    "eyeyeyey": (99.7, 43, 0),  # (a week of 楚雄 and 红河, blind: first 99.5 %)
    "ezezezez": (99.7, 44, 0),  # (a week of 自贡 and 内江, blind: first 99.7 %, 2 spurious)
    "fafafafa": (99.2, 44, 0),  # (a week of 绥化 and 牡丹江, blind: first 98.7 %)
    "fbfbfbfb": (99.7, 43, 0),  # (a week of 阿克苏 and 阿拉尔, blind: first 99.7 %)
    "fcfcfcfc": (99.7, 43, 0),  # (a week of 佳木斯 and 鹤岗, blind: first 99.5 %)
    "fdfdfdfd": (99.7, 44, 0),  # (a week of 五家渠 and 昌吉, blind: first 99.0 %)
    "fefefefe": (99.7, 44, 0),  # (a week of 张家界 and 湘西, blind: first 99.7 %)
    "fgfgfgfg": (99.5, 44, 0),  # (a week of 随州 and 孝感, blind: first 99.0 %)
    "fhfhfhfh": (99.7, 43, 0),  # (a week of 海北 and 黄南, blind: first 96.4 %, 42/43)
    "fifififi": (99.8, 45, 0),  # (a week of 漯河 and 许昌, blind: first 99.8 %)
    "fjfjfjfj": (99.7, 43, 0),  # (a week of 池州 and 铜陵, blind: first 99.2 %)
    "fkfkfkfk": (99.7, 43, 0),  # (a week of 莆田 and 宁德, blind: first 99.5 %)
    "flflflfl": (99.7, 44, 0),  # (a week of 巴中 and 达州, blind: first 99.7 %)
    "fmfmfmfm": (99.7, 44, 0),  # (a week of 锡林郭勒, blind: first 98.7 %, 1 spurious)
    "fnfnfnfn": (97.2, 43, 0),  # (a week of 鄂尔多斯 and 包头, blind: first 96.5 %, 43/44)
    "fofofofo": (99.0, 45, 0),  # (a week of 延边, blind: first 94.3 %, 43/45)
    "fpfpfpfp": (99.8, 45, 0),  # (a week of 海口 and its sea courts, blind: first 97.3 %, 44/45)
    "fqfqfqfq": (99.7, 43, 0),  # (a week of 拉萨 and 山南, blind: first 99.5 %)
    "frfrfrfr": (99.8, 45, 0),  # (a week of 泰州 and 无锡, blind: first 99.0 %)
    "fsfsfsfs": (99.8, 45, 0),  # (a week of 泰安 and 淄博, blind: first 99.8 %)
    "ftftftft": (99.8, 45, 0),  # (a week of 仙桃, 潜江 and 天门, blind: first 99.8 %)
    "fufufufu": (99.8, 45, 0),  # (a week of 中山 and 珠海, blind: first 99.8 %)
    "fvfvfvfv": (99.8, 45, 0),  # (a week of 北海 and its sea court, blind: first 99.8 %, 1 spurious)
    "fwfwfwfw": (99.8, 45, 0),  # (a week of 石河子 and the 兵团's eighth division, blind: first 99.5 %, 1 spurious)
    "fxfxfxfx": (99.5, 44, 0),  # (a week of 西宁 and 大同, blind: first 99.2 %)
    "fyfyfyfy": (99.8, 45, 0),  # (a week of 乌鲁木齐 and 克州, blind: first 99.8 %)
    "fzfzfzfz": (99.8, 45, 0),  # (a week of 威海 and 日照, blind: first 99.5 %)
    "gagagaga": (99.8, 45, 0),  # (a week of 惠州 and 汕尾, blind: first 99.3 %)
    "gbgbgbgb": (99.5, 45, 0),  # (a week of 大同 and 朔州 in 2021, blind: first 99.5 %)
    "gcgcgcgc": (99.7, 43, 0),  # (a week of 宿迁 and 淮安 in 2023, blind: first 99.5 %)
    "gdgdgdgd": (99.7, 44, 0),  # (a week of 乌海 and 阿拉善, blind: first 99.7 %)
    "gegegege": (99.7, 44, 0),  # (a week of 黔西南 and 六盘水, blind: first 99.7 %)
    "gfgfgfgf": (99.7, 44, 0),  # (a week of 汕头 and 潮州 in 2024, blind: first 99.5 %)
    "ghghghgh": (99.7, 44, 0),  # (a week of 鹰潭 and 新余, blind: first 98.7 %)
    "gigigigi": (99.5, 45, 0),  # (a week of 孝感 and 黄冈 in April 2020, blind: first 99.0 %)
    "gjgjgjgj": (99.7, 44, 0),  # (a week of 苏州 and 南通 in 2019, blind: first 99.7 %)
    "gkgkgkgk": (99.7, 44, 0),  # (a week of 郑州 and 开封 in 2022, blind: first 99.2 %)
    # (1 spurious: a court's notice of its service centre's move, labelled none; corpus a labels one such a notice)
    "glglglgl": (99.7, 43, 1),  # (a week of 成都 and 眉山 in 2025, blind: first 99.5 %, 2 spurious)
    "gmgmgmgm": (99.7, 44, 0),  # (a week of 大连 and 丹东, blind: first 99.5 %)
    "gngngngn": (99.8, 45, 0),  # (a week of 哈尔滨 and 黑河, blind: first 99.0 %)
    "gogogogo": (99.8, 45, 0),  # (a week of 重庆 in November 2026, blind: first 99.5 %, 1 spurious)
    "gpgpgpgp": (99.7, 44, 0),  # (a week of 昆明 and 西双版纳, blind: first 99.0 %)
    "gqgqgqgq": (99.8, 45, 0),  # (a week of 上海 in 2018, blind: first 99.5 %)
    # (1 spurious: a table's signature over a site's list of other titles, one naming whom it served)
    "grgrgrgr": (99.8, 45, 1),  # (a week of 广州 and 佛山 in 2023, blind: first 99.5 %, 1 spurious)
    "gsgsgsgs": (99.5, 44, 0),  # (a week of 杭州 and 湖州 in 2024, blind: first 99.2 %)
    "gtgtgtgt": (99.8, 45, 0),  # (a week of 北京 in September 2026, blind: first 99.3 %)
    "gugugugu": (99.7, 44, 0),  # (a week of 天津 and 沧州 in 2021, blind: first 99.7 %, 1 spurious)
    "gvgvgvgv": (99.8, 45, 0),  # (a week of 南宁 and 防城港, blind: first 99.8 %, 1 spurious)
    "gwgwgwgw": (99.7, 44, 0),  # (a week of 太原 and 吕梁, blind: first 99.5 %)
    "gxgxgxgx": (99.8, 45, 0),  # (a week of 长沙 and 株洲, blind: first 99.3 %, 1 spurious)
    "gygygygy": (99.8, 45, 0),  # (a week of 衡阳 and 郴州 in June 2019, blind: first 99.8 %, 1 spurious)
    "gzgzgzgz": (99.7, 43, 0),  # (a week of 廊坊 and 承德 in September 2020, blind: first 99.5 %)
    "hahahaha": (99.5, 45, 0),  # (a week of 南京 and 镇江 in August 2022, blind: first 99.0 %)
    "hbhbhbhb": (99.8, 45, 0),  # (a week of 福州 and 宁德 in July 2024, blind: first 99.8 %)
    "hchchchc": (99.8, 45, 1),  # (济南 and 德州, 2025, blind: first 99.3 %, 2 spurious; 1: a service centre moved)
    "hdhdhdhd": (99.7, 44, 0),  # (a week of 温州 and 丽水, blind: first 99.7 %)
    "hehehehe": (99.7, 43, 0),  # (a week of 徐州 and 连云港, blind: first 99.0 %)
    "hfhfhfhf": (99.7, 43, 0),  # (a week of 深圳 and 东莞 in June 2026, blind: first 99.7 %)
    "hihihihi": (99.5, 45, 0),  # (a week of 绍兴 and 嘉兴 in November 2023, blind: first 99.5 %)
    "hjhjhjhj": (99.7, 44, 0),  # (a week of 保定 and 石家庄 in May 2021, blind: first 98.5 %)
    "hkhkhkhk": (99.8, 45, 0),  # (a week of 洛阳 and 三门峡, blind: first 99.8 %, 2 spurious)
    "hlhlhlhl": (96.5, 44, 0),  # (a week of 大庆 and 绥化, blind: first 96.5 %; an OCR page's columns interleaved)
    "hmhmhmhm": (99.8, 45, 0),  # (a week of 芜湖 and 马鞍山 in September 2018, blind: first 99.8 %)
    "hnhnhnhn": (99.5, 45, 1),  # (a week of 柳州 and 来宾 in November 2022, blind: first 90.4 %, 41/45, 1 spurious)
    "hohohoho": (99.7, 43, 0),  # (a week of 阿克苏 and 和田, blind: first 99.7 %, 1 spurious)
    "hphphphp": (99.8, 45, 1),  # (a week of 珠海 and 江门 in June 2025, blind: first 93.6 %, 44/45, 1 spurious)
    "hqhqhqhq": (99.5, 44, 0),  # (a week of 襄阳 and 十堰 in May 2023, blind: first 98.5 %, 1 spurious)
    "hrhrhrhr": (99.7, 43, 0),  # (a week of 绵阳 and 德阳 in November 2024, blind: first 99.7 %)
    "hshshshs": (99.7, 44, 0),  # (a week of 赣州 and 吉安, blind: first 99.7 %, 1 spurious)
    "hthththt": (99.8, 45, 0),  # (a week of 邯郸 and 邢台, blind: first 99.8 %)
    "huhuhuhu": (99.8, 45, 0),  # (a week of 湛江 and 茂名 in November 2019, blind: first 94.8 %, 43/45)
    "hvhvhvhv": (99.8, 45, 0),  # (a week of 桂林 and 梧州, blind: first 96.5 %, 44/45)
    "hwhwhwhw": (99.8, 45, 0),  # (a week of 呼伦贝尔 and 兴安盟 in June 2020, blind: first 99.5 %)
    "hxhxhxhx": (99.2, 44, 0),  # (a week of 三亚 and 儋州 in March 2024, blind: first 99.2 %)
    "hyhyhyhy": (99.5, 44, 0),  # (a week of 临沂 and 日照 in September 2019, blind: first 99.0 %)
    "hzhzhzhz": (99.7, 44, 0),  # (a week of 南阳 and 商丘, blind: first 99.7 %)
    "iaiaiaia": (99.5, 44, 0),  # (a week of 牡丹江 and 佳木斯 in November 2021, blind: first 99.0 %)
    "ibibibib": (99.7, 44, 0),  # (a week of 安庆 and 黄山, blind: first 99.7 %, 3 spurious)
    "icicicic": (99.7, 44, 0),  # (a week of 泰安 and 威海 in June 2025, blind: first 99.7 %)
    "idididid": (99.8, 45, 0),  # (a week of 岳阳 and 常德, blind: first 99.0 %)
    "ieieieie": (99.7, 44, 0),  # (a week of 宜宾 and 泸州 in April 2023, blind: first 99.7 %)
    "ifififif": (99.8, 45, 0),  # (a week of 哈密 and 昌吉, blind: first 99.8 %)
    "igigigig": (99.7, 43, 1),  # (a week of 鞍山 and 抚顺 in November 2018, blind: first 99.7 %, 1 spurious)
    "ihihihih": (99.7, 44, 0),  # (a week of 宝鸡 and 汉中, blind: first 99.7 %)
    "ioioioio": (99.3, 45, 3),  # (a week of 大同 and 朔州 in August 2022, blind: first 98.3 %, 2 spurious)
    "ijijijij": (99.8, 45, 1),  # (a week of 鹤岗 and 双鸭山, blind: first 96.0 %, 1 spurious)
    "ikikikik": (99.8, 45, 0),  # (a week of 玉溪 and 红河 in October 2024, blind: first 99.8 %)
    "ilililil": (99.5, 45, 0),  # (a week of 舟山 and 台州 in March 2026, blind: first 98.0 %)
    "imimimim": (97.3, 44, 0),  # (a week of 盐城 and 扬州, blind: first 96.5 %, 1 missed)
    "inininin": (99.8, 45, 0),  # (a week of 拉萨 and 日喀则, blind: first 98.8 %)
    "ipipipip": (99.3, 45, 0),  # (a week of 淮南 and 蚌埠 in November 2020, blind: first 99.3 %)
    "iqiqiqiq": (99.5, 45, 0),  # (a week of 九江 and 萍乡, blind: first 98.5 %)
    "iriririr": (99.5, 45, 0),  # (a week of 莆田 and 龙岩 in September 2023, blind: first 99.5 %)
    "isisisis": (99.8, 45, 0),  # (a week of 遂宁 and 资阳, blind: first 99.8 %)
    "itititit": (99.8, 45, 0),  # (a week of 开封 and 许昌 in December 2025, blind: first 99.8 %)
    "iuiuiuiu": (99.8, 45, 0),  # (a week of 天水 and 平凉, blind: first 99.8 %)
    "iviviviv": (99.2, 44, 0),  # (a week of 荆州 and 孝感 in March 2019, blind: first 97.0 %, 1 missed)
    "iwiwiwiw": (99.7, 44, 0),  # (a week of 安顺 and 毕节 in June 2024, blind: first 99.7 %)
    "ixixixix": (99.7, 44, 0),  # (a week of 营口 and 盘锦 in June 2018, blind: first 99.7 %, 1 spurious)
    "iyiyiyiy": (99.7, 43, 0),  # (a week of 吴忠 and 中卫, blind: first 99.7 %)
    "iziziziz": (99.5, 43, 0),  # (a week of 漯河 and 周口 in April 2021, blind: first 99.2 %)
    "jajajaja": (98.3, 45, 0),  # (a week of 云浮 and 阳江, blind: first 96.8 %)
    "jbjbjbjb": (99.8, 45, 0),  # (a week of 白山 and 辽源 in December 2022, blind: first 99.8 %)
    "jcjcjcjc": (99.7, 44, 0),  # (a week of 贵港 and 玉林, blind: first 99.7 %)
    "jdjdjdjd": (99.7, 44, 0),  # (a week of 鄂州 and 黄石 in April 2025, blind: first 99.7 %)
    "jejejeje": (99.7, 43, 0),  # (a week of 吐鲁番 and 阿克苏, blind: first 99.7 %)
    "jfjfjfjf": (99.7, 43, 0),  # (a week of 滁州 and 六安 in October 2018, blind: first 96.1 %, 1 missed)
    "jgjgjgjg": (99.7, 43, 1),  # (a week of 锦州 and 阜新 in October 2020, blind: first 97.4 %; 1 spurious: CHANGELOG)
    "jhjhjhjh": (99.0, 44, 0),  # (a week of 武威 and 张掖 in June 2022, blind: first 97.5 %)
    "jijijiji": (97.7, 44, 0),  # (a week of 百色 and 崇左 in September 2024, blind: first 89.6 %, 4 missed)
    "jkjkjkjk": (99.7, 44, 0),  # (a week of 克拉玛依 and 塔城, blind: first 97.5 %, 1 missed)
    "jljljljl": (99.7, 44, 0),  # (a week of 娄底 and 邵阳, blind: first 95.2 %, 2 missed)
    "jmjmjmjm": (98.5, 44, 1),  # (a week of 长治 and 晋城, blind: first 91.7 %, 3 missed; 1 spurious: CHANGELOG)
    "jnjnjnjn": (99.7, 44, 1),  # (a week of 泰州 and 镇江, blind: first 99.0 %; 1 spurious: CHANGELOG)
    "jojojojo": (99.8, 45, 0),  # (a week of 亳州 and 阜阳 in May 2019, blind: first 99.0 %, 1 spurious)
    "jpjpjpjp": (99.7, 43, 0),  # (a week of 安阳 and 濮阳 in September 2021, blind: first 95.1 %, 2 missed)
    "jqjqjqjq": (99.7, 43, 0),  # (a week of 雅安 and 乐山 in June 2023, blind: first 97.4 %, 1 spurious)
    "jrjrjrjr": (99.0, 45, 0),  # (a week of 中山 and 惠州 in July 2025, blind: first 93.1 %, 3 missed)
    "jsjsjsjs": (99.7, 44, 1),  # (a week of 保山 and 普洱, blind: first 97.0 %; 1 spurious: CHANGELOG)
    "jtjtjtjt": (98.2, 44, 0),  # (a week of 石嘴山 and 固原, blind: first 98.0 %)
    "jujujuju": (99.8, 45, 0),  # (a week of 菏泽 and 聊城, blind: first 99.8 %)
    "jvjvjvjv": (99.7, 44, 0),  # (a week of 肇庆 and 清远, blind: first 99.7 %)
    "jwjwjwjw": (99.5, 43, 0),  # (a week of 枣庄 and 日照 in March 2018, blind: first 99.2 %)
    "jxjxjxjx": (99.8, 45, 0),  # (a week of 景德镇 and 上饶, blind: first 99.8 %)
    "jyjyjyjy": (99.7, 43, 0),  # (a week of 玉溪 and 楚雄 in June 2020, blind: first 99.7 %)
    "jzjzjzjz": (99.7, 44, 0),  # (a week of 南充 and 遂宁, blind: first 99.7 %, 1 spurious)
    "kakakaka": (99.8, 45, 1),  # (绥化 and 牡丹江, November 2022, blind: first 95.1 %, 2 missed; 1 spurious: CHANGELOG)
    "kbkbkbkb": (99.8, 45, 0),  # (a week of 衢州 and 丽水, blind: first 99.8 %)
    "kckckckc": (99.5, 43, 0),  # (a week of 定西 and 庆阳 in May 2024, blind: first 99.5 %)
    "kdkdkdkd": (99.8, 45, 0),  # (a week of 龙岩 and 三明 in November 2025, blind: first 99.8 %)
    "kekekeke": (99.3, 45, 0),  # (a week of 四平 and 通化 in March 2019, blind: first 97.3 %)
    "kfkfkfkf": (99.7, 44, 0),  # (a week of 梧州 and 贵港, blind: first 90.7 %, 4 missed)
    "kgkgkgkg": (99.7, 44, 0),  # (a week of 海西 and 玉树 in November 2021, blind: first 88.4 %, 5 missed)
    "khkhkhkh": (99.3, 45, 1),  # (a week of 衡水 and 邢台, blind: first 93.6 %, 1 missed; 1 spurious: CHANGELOG)
    "kikikiki": (99.7, 43, 1),  # (a week of 鹰潭 and 抚州 in November 2023, blind: first 99.5 %; 1 spurious: CHANGELOG)
    "kjkjkjkj": (97.9, 43, 0),  # (a week of 阿克苏 and 喀什, blind: first 97.9 %, 1 spurious)
    "kmkmkmkm": (99.7, 44, 0),  # (a week of 琼海 and 万宁 in March 2025, blind: first 92.9 %, 3 missed, 3 spurious)
    "klklklkl": (99.8, 45, 0),  # (a week of 舟山 and 湖州, blind: first 99.5 %)
    "knknknkn": (99.3, 45, 0),  # (a week of 湘西 and 张家界 in September 2019, blind: first 92.3 %, 3 missed)
    "kokokoko": (99.8, 45, 0),  # (a week of 黔东南 and 黔南, blind: first 93.1 %, 3 missed)
    "kpkpkpkp": (99.7, 42, 0),  # (a week of 黑河 and 大兴安岭 in March 2021, blind: first 99.7 %)
    "kqkqkqkq": (96.7, 43, 0),  # (a week of 阿坝 and 甘孜, blind: first 96.7 %, 1 missed: CHANGELOG)
    "krkrkrkr": (99.5, 43, 0),  # (a week of 德宏 and 临沧 in November 2024, blind: first 99.5 %, 1 spurious)
    "ksksksks": (97.5, 44, 0),  # (a week of 果洛 and 黄南, blind: first 97.5 %)
    "ktktktkt": (99.5, 43, 0),  # (a week of 延边 and 白山 in March 2026, blind: first 97.2 %, 1 missed, 1 spurious)
    "kukukuku": (99.8, 45, 1),  # (a week of 日喀则 and 那曲, blind: first 99.8 %; 1 spurious: CHANGELOG)
}
# corpus → the planted defects flagged (expect_warning_on labels a finding must name), at least
FINDINGS_FLOORS = {
    "y": 21, "z": 10, "aa": 15, "cc": 29, "ff": 18, "uu": 13, "bbb": 13, "ccc": 1, "ppp": 6, "sss": 1, "dddd": 1,
}  # fmt: skip
_SCORE = re.compile(
    r"fields (?P<fields>[0-9.]+)% .*notices (?P<found>\d+)/\d+ found, (?P<spurious>\d+) spurious, "
    r"(?P<flagged>\d+)/\d+ findings"
)

needs_sample = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared is not beside this checkout")


def _holds(last: str, floor: tuple[float, int, int], flagged: int = 0) -> None:
    score = _SCORE.search(last)
    assert score is not None, last
    fields, found, spurious = floor
    assert float(score["fields"]) >= fields, last
    assert int(score["found"]) >= found, last
    assert int(score["spurious"]) <= spurious, last
    assert int(score["flagged"]) >= flagged, last


@needs_sample
def test_the_sample_scores_its_floor_through_the_console_script() -> None:
    notices = shutil.which("notices", path=str(Path(sys.executable).parent))
    assert notices is not None, "the console script is installed beside this Python"
    done = subprocess.run(
        [sys.executable, str(SHARED / "score.py"), str(SHARED / "expected.json"), str(SHARED / "raw"),
         "--notices", notices],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    _holds(done.stdout.strip().splitlines()[-1], SAMPLE_FLOOR)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realworld_score", SHARED / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(_command: str, path: Path) -> list[dict[str, Any]]:
    records = [record.model_dump(mode="json") for record in parse_file(path)]
    for record in records:
        # (The scorer counts a planted defect flagged by any finding on its field: a hearing merely past on the day
        # the tests run is no flag of the defect, and would make the count grow with the calendar.)
        record["warnings"] = [w for w in record["warnings"] if w["code"] != "hearing_in_past"]
    return records


@needs_sample
@pytest.mark.parametrize("name", CORPUS_FLOORS)
def test_a_labelled_corpus_scores_its_floor(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    scorer = _scorer()
    monkeypatch.setattr(scorer, "run", _read)
    folder = LABELLED / name
    monkeypatch.setattr(sys, "argv", ["score.py", str(folder / "expected.json"), str(folder / "raw")])
    with pytest.raises(SystemExit):
        scorer.main()
    _holds(capsys.readouterr().out.strip().splitlines()[-1], CORPUS_FLOORS[name], FINDINGS_FLOORS.get(name, 0))
