# Bridge between the API and a resident LibreOffice (see residentLibreOffice.ts): starts soffice
# listening on a private pipe, says {"ready": true}, then converts one file per line of stdin
# ({"id", "input", "output", "filter"}) and answers one JSON line each. When stdin closes (the API
# process ended, even killed), LibreOffice is stopped with it.
import json
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office, seconds=90):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def convert(desktop, request):
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(request["input"]), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True))
    )
    try:
        doc.storeToURL(uno.systemPathToFileUrl(request["output"]), (prop("FilterName", request["filter"]),))
    finally:
        doc.close(True)


def main():
    pipe = f"kehoach-{uuid.uuid4().hex}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={sys.argv[1]}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = None
    try:
        ctx = connect(pipe, office)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            request = json.loads(line)
            try:
                convert(desktop, request)
                reply = {"id": request["id"], "ok": True}
            except Exception as error:
                reply = {"id": request["id"], "ok": False, "error": str(error)}
            print(json.dumps(reply), flush=True)
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(10)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
