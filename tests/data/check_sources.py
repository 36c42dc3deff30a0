#!/usr/bin/env python3
"""The default dataset's evidence, checked as a reader would meet it (issue 16): every link is a
well-formed https address a reader can open (Digital Archive documents on their record, never a mirror
or a search page), a source without a link has an ISBN or says why, every quote has a locator, a quote is never the
archive's editorial summary, and no user-visible text carries compilation bookkeeping (fact-sheet keys,
section numbers, process notes). Prints the coverage figures.
usage: check_sources.py DATASET"""
import json
import re
import sys
from urllib.parse import urlparse

data = json.load(open(sys.argv[1], encoding='utf-8'))
errors = []
MIRRORS = ('dvincitest', 'drivingcreative', 'wikizero', 'wikiclassic', 'wikisum', 'zxc.wiki')
LEAK = re.compile(r'Factsheet|fact sheet|§|\b[DSWNFHMLBT]\d{1,2}m?\b|opening excerpt|\bT\d{2,3}\b')

def is_da(src):
    return 'Digital Archive' in (src.get('container-title') or '') or src['id'].startswith('d')

openable = da = da_linked = 0
for src in data['sources']:
    sid, url, doi = src['id'], src.get('URL'), src.get('DOI')
    if url:
        u = urlparse(url)
        if u.scheme != 'https' or not u.netloc or ' ' in url:
            errors.append(f'{sid}: URL is not a well-formed https address: {url}')
        if any(m in u.netloc for m in MIRRORS):
            errors.append(f'{sid}: URL points at a mirror: {url}')
        if '/search' in u.path or 'search_api' in u.query:
            errors.append(f'{sid}: URL is a search page: {url}')
    if doi and not re.fullmatch(r'10\.\d{4,9}/\S+', doi):
        errors.append(f'{sid}: DOI is not of the form 10.NNNN/...: {doi}')
    if url or doi:
        openable += 1
    elif not src.get('ISBN') and not src.get('x-noLinkReason'):
        errors.append(f'{sid}: no URL, DOI or ISBN and no x-noLinkReason saying why')
    if is_da(src) and src['id'] != 's02':
        da += 1
        if url:
            if not re.fullmatch(r'https://digitalarchive\.wilsoncenter\.org/document/[\w-]+', url):
                errors.append(f'{sid}: a Digital Archive document must link to its record: {url}')
            else:
                da_linked += 1
    for key in ('note', 'title'):
        if isinstance(src.get(key), str) and LEAK.search(src[key]):
            errors.append(f'{sid}: {key} carries compilation bookkeeping: {src[key][:80]}')

claims = quoted = unavailable = 0
for tie in data['ties']:
    for k, c in enumerate(tie['claims']):
        where = f"{tie['id']} claim {k + 1}"
        claims += 1
        if c.get('quote'):
            quoted += 1
            if not (c.get('locator') or '').strip():
                errors.append(f'{where}: a quote without a locator')
            if c.get('x-archiveSummary') == c['quote']:
                errors.append(f"{where}: the quote is the archive's editorial summary")
        elif c.get('x-quoteUnavailable'):
            unavailable += 1
        for key in ('note', 'supports', 'locator'):
            if isinstance(c.get(key), str) and LEAK.search(c[key]):
                errors.append(f'{where}: {key} carries compilation bookkeeping: {c[key][:80]}')
    if isinstance(tie.get('note'), str) and LEAK.search(tie['note']):
        errors.append(f"{tie['id']}: note carries compilation bookkeeping: {tie['note'][:80]}")
for kind in ('actors', 'events'):
    for item in data[kind]:
        for key in ('note', 'description'):
            if isinstance(item.get(key), str) and LEAK.search(item[key]):
                errors.append(f"{item['id']}: {key} carries compilation bookkeeping: {item[key][:80]}")

total = len(data['sources'])
print(f'sources openable (URL or DOI): {openable}/{total} ({100 * openable / total:.0f} %)')
print(f'Digital Archive documents with their record URL: {da_linked}/{da} ({100 * da_linked / da:.0f} %)')
print(f'claims quoted: {quoted}/{claims} ({100 * quoted / claims:.0f} %), marked unavailable: {unavailable} '
      f'({100 * unavailable / claims:.0f} %)')
for e in errors:
    print('error:', e)
# The claims quoted must not fall back, nor the marked-unavailable ones exceed a quarter (the bound).
if unavailable > claims / 4:
    errors.append('more than a quarter of the claims are marked unavailable')
sys.exit(1 if errors else 0)
