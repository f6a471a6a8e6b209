"""The test run's LibreOffice, driven through UNO (Debian's python3-uno, so /usr/bin/python3).

tests/libreoffice/office.ts starts one LibreOffice per test run, listening on a named pipe, and
runs this script for each batch of files instead of starting LibreOffice again (a start costs
seconds of CPU; a batch handed to a running one, a fraction of a second). Each file is loaded as
`soffice --convert-to` loads it (hidden, read-only) and stored with the filter `--convert-to`
picks for the format, so the suites see the same files as from `--convert-to`:

    officeClient.py PIPE convert xlsx|pdf OUTDIR FILE...   one OUTDIR/<name>.<format> per FILE
    officeClient.py PIPE terminate                         the office shuts down (jest.tempTeardown.js)
"""

import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

# A start with a new profile takes LibreOffice a few seconds, longer on a loaded machine.
CONNECT_TIMEOUT_S = 120


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, timeout_s):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def desktop_of(ctx):
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def filter_for(doc, fmt):
    """The export filter `soffice --convert-to xlsx|pdf` picks for the document's module."""
    if doc.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
        return {"xlsx": "Calc Office Open XML", "pdf": "calc_pdf_Export"}[fmt]
    if doc.supportsService("com.sun.star.text.TextDocument") and fmt == "pdf":
        return "writer_pdf_Export"
    raise ValueError(f"no {fmt} export for {doc.getURL()}")


def convert(desktop, fmt, outdir, files):
    for path in files:
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
        if doc is None:
            raise RuntimeError(f"LibreOffice could not open {os.path.basename(path)}")
        try:
            name = os.path.splitext(os.path.basename(path))[0] + "." + fmt
            out = uno.systemPathToFileUrl(os.path.join(os.path.abspath(outdir), name))
            doc.storeToURL(out, (prop("FilterName", filter_for(doc, fmt)), prop("Overwrite", True)))
        finally:
            doc.close(True)


def main(argv):
    pipe, command, *rest = argv
    if command == "terminate":
        try:
            desktop_of(connect(pipe, 0)).terminate()
        except Exception:  # noqa: BLE001 -- gone already, or going: the caller kills what is left
            pass
        return
    fmt, outdir, *files = rest
    convert(desktop_of(connect(pipe, CONNECT_TIMEOUT_S)), fmt, outdir, files)


if __name__ == "__main__":
    main(sys.argv[1:])
