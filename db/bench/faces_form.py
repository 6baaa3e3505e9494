#!/usr/bin/env python3
"""Signs in to the portal through its Faces form, as a browser does, and prints the session's Cookie header.

GETs /sign-in, takes every field of the form "signin" (jakarta.faces.ViewState and the other hidden fields),
adds the CSP nonce as PrimeFaces' script would, the email, the password and the submit button, POSTs it, and
checks that the portal now shows a signed-in page. With --follow PATH it then opens that chain page and presses "Follow" unless already following.
Usage: faces_form.py BASE_URL EMAIL PASSWORD [--follow /decisions/ID]
"""
import html.parser
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request


class FormFields(html.parser.HTMLParser):
    """The action and the named fields of the form with the given id."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.action, self.fields, self.buttons = form_id, False, None, {}, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside, self.action = True, a.get("action")
        elif self.inside and tag == "input" and a.get("name"):
            if a.get("type") in ("submit", "button"):
                self.buttons[a["name"]] = a.get("value", "")
            elif a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.fields[a["name"]] = a.get("value", "")
        elif self.inside and tag == "button" and a.get("name"):
            self.buttons[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def submit(opener, base, path, form_id, values, button):
    page = opener.open(base + path).read().decode("utf-8")
    form = FormFields(form_id)
    form.feed(page)
    if form.action is None:
        return None
    fields = dict(form.fields)
    # PrimeFaces' script adds the page's CSP nonce to every post, and the portal refuses a post without it.
    nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
    if nonce:
        fields["primefaces.nonce"] = nonce.group(1)
    fields.update(values)
    name = next((b for b in form.buttons if b.endswith(button)), None)
    if name is None:
        return None
    fields[name] = form.buttons[name]
    action = urllib.parse.urljoin(base + path, form.action)
    return opener.open(action, urllib.parse.urlencode(fields).encode("utf-8")).read().decode("utf-8")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    base, email, password = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    after = submit(opener, base, "/sign-in", "signin",
                   {"signin:email": email, "signin:password": password}, "submit")
    if after is None or 'id="signin"' in after:
        sys.exit("Signing in as %s failed: the sign-in form came back." % email)
    if "--follow" in sys.argv:
        chain = sys.argv[sys.argv.index("--follow") + 1]
        page = opener.open(base + chain).read().decode("utf-8")
        if 'id="follow:unfollow-button"' not in page:
            followed = submit(opener, base, chain, "follow", {}, "follow-button")
            if followed is None or 'id="follow:unfollow-button"' not in followed:
                sys.exit("Following %s as %s failed." % (chain, email))
    print("; ".join("%s=%s" % (c.name, c.value) for c in jar))


if __name__ == "__main__":
    main()
