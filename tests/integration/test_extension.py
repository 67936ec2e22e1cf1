# SPDX-License-Identifier: MPL-2.0
"""The built gongwen.oxt installs into a real LibreOffice, registers, and its services answer."""
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import uno  # noqa: E402
from gongwen_office import IDENTIFIER, find_oxt, prop, run_profile_script, run_with_shared_office  # noqa: E402

OUR_SERVICES = ["org.gongwen.comp.ProtocolHandler", "org.gongwen.StructureChecker"]
OUR_COMMANDS = ["org.gongwen:About", "org.gongwen:CheckStructure"]
ADDON_MENU = "org.gongwen.assistant.menu"


def make_url(office, complete):
    url = uno.createUnoStruct("com.sun.star.util.URL")
    url.Complete = complete
    return url


def test_install_twice_list_and_remove():
    with tempfile.TemporaryDirectory(prefix="gongwen-profile-") as tmp:
        os.chmod(tmp, 0o755)
        profile = os.path.join(tmp, "p")
        run_profile_script("install", profile, find_oxt())
        run_profile_script("install", profile, find_oxt())  # twice is harmless
        listing = run_profile_script("list", profile).stdout
        assert f"Identifier: {IDENTIFIER}" in listing, listing
        assert listing.count(f"Identifier: {IDENTIFIER}") == 1, "installed twice side by side"
        run_profile_script("remove", profile)
        listing = run_profile_script("list", profile).stdout
        assert IDENTIFIER not in listing, listing
        # Removing what is not installed is reported as an error, not silently accepted.
        assert run_profile_script("remove", profile, check=False).returncode != 0


def test_registered_and_services_instantiate(office):
    extensions = office.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    ids = [e[0].getIdentifier().Value for e in extensions.getAllExtensions(None, None)
           if e and e[0] is not None]
    assert IDENTIFIER in ids, ids
    for service in OUR_SERVICES:
        obj = office.create(service)
        assert obj.supportsService(service) or obj.getImplementationName() == service, service


def test_menus_are_in_the_configuration(office):
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    menus = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess",
        (prop("nodepath", "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar"),))
    assert menus.hasByName(ADDON_MENU), "our menu was not merged from Addons.xcu"
    menu = menus.getByName(ADDON_MENU)
    assert set(menu.Context.split(",")) == {"com.sun.star.text.TextDocument",
                                            "com.sun.star.sheet.SpreadsheetDocument"}
    assert menu.Submenu.getElementNames(), "our menu has no entries"


def test_protocol_handler_answers_our_urls(office):
    for kind in ("swriter", "scalc"):
        doc = office.new_document(kind)
        try:
            frame = doc.getCurrentController().getFrame()
            for command in OUR_COMMANDS:
                dispatch = frame.queryDispatch(make_url(office, command), "_self", 0)
                assert dispatch is not None, f"no dispatch for {command} in {kind}"
                assert dispatch.getImplementationName() == "org.gongwen.comp.ProtocolHandler"
        finally:
            doc.close(True)
    handler = office.create("org.gongwen.comp.ProtocolHandler")
    assert handler.queryDispatch(make_url(office, ".uno:Save"), "", 0) is None


def test_unknown_command_fails_and_office_stays_alive(office):
    doc = office.new_document("swriter")
    try:
        frame = doc.getCurrentController().getFrame()
        result = office.dispatch(frame, "org.gongwen:NoSuchCommand")
        assert result.State == 0, "unknown command reported success"  # DispatchResultState.FAILURE
        assert office.is_alive()
        result = office.dispatch(frame, "org.gongwen:About")  # headless: the dialog is cancelled
        assert result.State == 1, "About did not succeed"
        assert office.is_alive()
        assert doc.getText().getString() == ""
    finally:
        doc.close(True)


def test_about_dialog_loads_from_package(office):
    provider = office.create("com.sun.star.awt.DialogProvider2")
    dialog = provider.createDialog(f"vnd.sun.star.extension://{IDENTIFIER}/dialogs/About.xdl")
    try:
        for control in ("ProductName", "Version", "Description", "License", "OkButton"):
            assert dialog.getControl(control) is not None, control
        # It lists what the extension does, one capability a line (the office UI here is zh-CN).
        resolver = dialog.getModel().getPropertyValue("ResourceResolver")
        lines = resolver.resolveString("About.Description.Label").split("\n")
        capabilities = [line for line in lines if line.startswith("· ")]
        assert len(capabilities) == 6, lines
        for word, line in zip(("插入标准段落", "检查标题序号", "统计数字", "统计台账", "一键排版", "边写边查"), capabilities):
            assert word in line, (word, line)
        assert "F1" in lines[-1], lines
    finally:
        dialog.dispose()


if __name__ == "__main__":
    run_with_shared_office(
        [test_registered_and_services_instantiate, test_menus_are_in_the_configuration,
         test_protocol_handler_answers_our_urls, test_unknown_command_fails_and_office_stays_alive,
         test_about_dialog_loads_from_package],
        plain_tests=[test_install_twice_list_and_remove])
