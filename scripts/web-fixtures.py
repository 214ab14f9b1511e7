#!/usr/bin/env python3
"""Writes the web-input test fixtures (committed; run again only to change them):

    python3 scripts/web-fixtures.py Tests/TimelineKitTests/Fixtures/documents/web

from the seed articles in Samples/ (addresses, sites and feed dates made up
for the fixtures): an RSS 2.0 feed, an Atom feed and a
gzipped WARC file written by warcio (pip install warcio), with the bad
records the loader must report one by one:

huawei.rss   two items with content:encoded / description, one item with no content (bad)
huawei.atom  one entry with HTML content, one with a plain-text summary
broken.warc.gz  three pages, the second one's gzip member damaged in its middle
                (the reader reports it and reads the third)
huawei.warc.gz  warcinfo; request + response (chunked and gzip-encoded, UTF-8);
                response in windows-1252 declared by the HTTP header; an image
                response and a 404 page (passed over); a response encoded with
                brotli (bad); an HTML page without text (bad); a response with
                a broken chunked body (bad)
"""
import gzip
import io
import os
import sys
from html import escape

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def article(name):
    """Title and paragraphs of a seed article (the first line is the title)."""
    with open(os.path.join(ROOT, "Samples", name), encoding="utf-8") as f:
        lines = [l.strip() for l in f.read().split("\n") if l.strip()]
    return lines[0], lines[1:]


def html_page(title, paragraphs, published=None, site="Example News", related=True):
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    aside = """<aside class="related"><h2>Related</h2><ul>
<li><a href="/a">Another story from 2011-01-01</a></li><li><a href="/b">And one more</a></li></ul></aside>""" if related else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {site}</title>
<meta property="og:site_name" content="{site}">{meta}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{escape(title)}</h1><p class="byline">By Staff Reporter</p>
{body}
<div class="newsletter">Sign up for our newsletter</div></article>
{aside}<footer>© 2020 {site}. All rights reserved.</footer></body></html>"""


def write_rss(path):
    t1, p1 = article("global-times-dirty-trick.txt")
    t2, p2 = article("sky-china-fm-huawei-back-door-deals.txt")
    body1 = "".join(f"<p>{escape(p)}</p>" for p in p1[3:])
    body2 = "".join(f"<p>{escape(p)}</p>" for p in p2)
    rss = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Huawei and 5G - Example Wire</title>
<link>https://wire.example/huawei</link>
<atom:link href="https://wire.example/huawei.rss" rel="self" type="application/rss+xml"/>
<description>Stories about Huawei and 5G</description>
<item>
  <title>{escape(t1)}</title>
  <link>https://wire.example/2020/07/16/dirty-trick</link>
  <guid isPermaLink="false">gt-1</guid>
  <pubDate>Thu, 16 Jul 2020 20:53:40 +0800</pubDate>
  <dc:creator>Global Times</dc:creator>
  <description>Hua Chunying on the US pressure on allies.</description>
  <content:encoded><![CDATA[{body1}<p><a href="/more">Read more</a></p>]]></content:encoded>
</item>
<item>
  <title>{escape(t2)}</title>
  <link>https://wire.example/world/huawei-back-door</link>
  <description>{escape(body2)}</description>
</item>
<item>
  <title>An item with nothing in it</title>
  <link>https://wire.example/empty</link>
  <pubDate>Fri, 17 Jul 2020 08:00:00 GMT</pubDate>
</item>
</channel>
</rss>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(rss)


def write_atom(path):
    t1, p1 = article("inewstoday-huawei-no-spy-agreements.txt")
    content = escape("".join(f"<p>{escape(p)}</p>" for p in p1[2:]))
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>inewstoday: technology</title>
  <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
  <updated>2019-05-16T08:00:00Z</updated>
  <entry>
    <title>{escape(t1)}</title>
    <link rel="alternate" type="text/html" href="https://inewstoday.example/2019/05/15/huawei-no-spy"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2019-05-15T09:30:00Z</published>
    <updated>2019-05-16T08:00:00Z</updated>
    <author><name>Cheryl Sanders</name></author>
    <content type="html">{content}</content>
  </entry>
  <entry>
    <title>Huawei keeps its 5G contracts in Europe</title>
    <link href="https://inewstoday.example/2019/05/20/huawei-europe"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2019-05-20T10:00:00Z</updated>
    <summary>Huawei said on Monday that its European customers had kept their 5G contracts, despite pressure from Washington.</summary>
  </entry>
</feed>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(atom)


def chunked(data, size=500):
    out = b""
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def write_warc(path):
    _, p1 = article("world-media-huawei-no-spying-agreements.txt")  # "World Media" above the headline
    t1 = p1[0]
    t2, p2 = article("mwc-huawei-chairman-no-backdoor-evidence.txt")
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        date = "2020-08-01T12:00:00Z"

        def response(uri, status, headers, body, warc_date=date):
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                               warc_headers_dict={"WARC-Date": warc_date})
            writer.write_record(record)

        writer.write_record(writer.create_warcinfo_record("huawei.warc.gz", {"software": "warcio", "format": "WARC File Format 1.0"}))
        # 1. request + response: chunked transfer, gzip content encoding, UTF-8.
        page1 = html_page(t2, p2[1:], site="MWC Daily").encode("utf-8")
        req = StatusAndHeaders("GET /2019/02/26/huawei-chairman HTTP/1.1", [("Host", "mwc.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://mwc.example/2019/02/26/huawei-chairman", "request",
                                                      payload=io.BytesIO(b""), http_headers=req))
        response("https://mwc.example/2019/02/26/huawei-chairman", "200 OK",
                 [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
                 chunked(gzip.compress(page1)))
        # 2. windows-1252, declared only by the HTTP header; the page states a date after the crawl (dropped).
        page2 = html_page(t1, p1[2:], published="2021-01-01T00:00:00Z", site="World Media", related=False)
        page2 = page2.replace('<meta charset="utf-8">', "").encode("cp1252", errors="replace")
        response("https://worldmedia.example/huawei-no-spying", "200 OK",
                 [("Content-Type", "text/html; charset=windows-1252")], page2, warc_date="2019-05-20T08:00:00Z")
        # 3. passed over: an image, a 404 page, a metadata record.
        response("https://mwc.example/logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n....")
        response("https://mwc.example/missing", "404 Not Found", [("Content-Type", "text/html")], b"<html><body><p>Not found</p></body></html>")
        writer.write_record(writer.create_warc_record("https://mwc.example/2019/02/26/huawei-chairman", "metadata",
                                                      payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
                                                      warc_content_type="application/warc-fields"))
        # 4. bad: brotli content encoding.
        response("https://mwc.example/brotli", "200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "br")], b"\x1b\x00\x00\x00")
        # 5. bad: a page without any text.
        response("https://mwc.example/empty", "200 OK", [("Content-Type", "text/html")],
                 b"<html><head><script>render()</script></head><body><div id='app'></div></body></html>")
        # 6. bad: a chunked body cut short.
        response("https://mwc.example/cut", "200 OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
                 b"ffff\r\n<html><body><p>Too short</p></body></html>")


def write_broken_warc(path):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    bounds = []
    for name in ["global-times-dirty-trick.txt", "sky-china-fm-huawei-back-door-deals.txt", "inewstoday-huawei-no-spy-agreements.txt"]:
        title, paragraphs = article(name)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = html_page(title, paragraphs, related=False).encode("utf-8")
        start = out.tell()
        writer.write_record(writer.create_warc_record("https://example.org/" + name, "response",
                                                      payload=io.BytesIO(body), http_headers=http))
        bounds.append((start, out.tell()))
    data = bytearray(out.getvalue())
    start, end = bounds[1]
    middle = (start + end) // 2
    data[middle:middle + 16] = b"\xff" * 16
    with open(path, "wb") as f:
        f.write(bytes(data))


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Tests/TimelineKitTests/Fixtures/documents/web")
    os.makedirs(folder, exist_ok=True)
    write_rss(os.path.join(folder, "huawei.rss"))
    write_atom(os.path.join(folder, "huawei.atom"))
    write_warc(os.path.join(folder, "huawei.warc.gz"))
    write_broken_warc(os.path.join(folder, "broken.warc.gz"))
