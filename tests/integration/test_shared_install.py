# SPDX-License-Identifier: MPL-2.0
"""Installed once for every user of the machine (issue #24): `unopkg add --shared` as root puts
gongwen.oxt into LibreOffice's shared extensions; another account ("nobody", with a profile of
its own and nothing installed in it) then has the menu and the checker; `unopkg remove --shared`
takes it away again. Needs root, as installing for all users does; CI runs as root.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from gongwen_office import IDENTIFIER, PROGRAM_DIR, Office, find_oxt, prop, run_tests  # noqa: E402

UNOPKG = os.path.join(PROGRAM_DIR, "unopkg")


def unopkg(*args, check=True):
    """unopkg as root with a throw-away home, so that root's own profile is left alone."""
    with tempfile.TemporaryDirectory(prefix="gongwen-unopkg-") as home:
        done = subprocess.run([UNOPKG, *args, f"-env:UserInstallation=file://{home}/profile"],
                              env=dict(os.environ, HOME=home), capture_output=True, text=True,
                              timeout=300)
    if check and done.returncode != 0:
        raise AssertionError(f"unopkg {' '.join(args)} failed ({done.returncode}):\n"
                             f"{done.stdout}{done.stderr}")
    return done


def shared_identifiers():
    listing = unopkg("list", "--shared").stdout
    return [line.split(":", 1)[1].strip() for line in listing.splitlines()
            if line.strip().startswith("Identifier:")]


def test_installed_for_all_users_works_for_another_account():
    if os.getuid() != 0:
        raise AssertionError("installing for all users needs root (unopkg add --shared)")
    assert IDENTIFIER not in shared_identifiers(), "already installed for all users: not ours to remove"
    unopkg("add", "--shared", "--suppress-license", find_oxt())
    try:
        assert IDENTIFIER in shared_identifiers()
        # Another account, a new profile, nothing installed in it.
        with Office(install=False) as office:
            office.register_our_types()
            manager = office.ctx.getValueByName(
                "/singletons/com.sun.star.deployment.ExtensionManager")
            shared = [e.getIdentifier().Value for e in manager.getDeployedExtensions("shared", None, None)]
            user = [e.getIdentifier().Value for e in manager.getDeployedExtensions("user", None, None)]
            assert IDENTIFIER in shared and IDENTIFIER not in user, (shared, user)
            provider = office.create("com.sun.star.configuration.ConfigurationProvider")
            menus = provider.createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                (prop("nodepath", "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar"),))
            assert menus.hasByName("org.gongwen.assistant.menu"), "no 公文助手 menu"
            checker = office.create("org.gongwen.StructureChecker")
            doc = office.writer_with_paragraphs(["一、总体情况", "三、下一步打算"])
            try:
                rules = [f.RuleId for f in checker.checkDocument(doc)]
            finally:
                doc.close(True)
            assert "heading.sequence" in rules, rules
    finally:
        unopkg("remove", "--shared", IDENTIFIER, check=False)
    assert IDENTIFIER not in shared_identifiers(), "still installed for all users after removal"


if __name__ == "__main__":
    sys.exit(run_tests([test_installed_for_all_users_works_for_another_account], timeout=540))
