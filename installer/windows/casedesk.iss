; Inno Setup 6 script: CaseDesk-<version>-windows-x64-setup.exe from the PyInstaller folder.
;
; NOT RUN YET: written and checked on Linux only, where neither PyInstaller for Windows nor
; Inno Setup can run. The first person to build on Windows: please fix what fails here and
; say so in the commit.
;
; Build on Windows 10/11 x64, from the repository root, in PowerShell:
;
;   1. Python 3.11 x64 from python.org (tick "Add python.exe to PATH"), Git, and Inno Setup 6
;      (https://jrsoftware.org/isdl.php; ISCC.exe is in "C:\Program Files (x86)\Inno Setup 6").
;   2. py -3.11 -m venv build\bundle-venv
;      build\bundle-venv\Scripts\python -m pip install -c installer\requirements-build.txt `
;          pyinstaller pyinstaller-hooks-contrib setuptools wheel
;      build\bundle-venv\Scripts\python -m pip install --no-build-isolation `
;          -c installer\requirements-build.txt .
;      (The pins were made on Linux: if pip finds no Windows wheel for one of them, take the
;      nearest version that has one, and note it.)
;   3. pyproject's casedesk.resources mapping is not picked up by the wheel (see build.sh),
;      so copy it in as build.sh does:
;      $site = build\bundle-venv\Scripts\python -c "import casedesk,os;print(os.path.dirname(casedesk.__file__))"
;      if (!(Test-Path "$site\resources")) { Copy-Item -Recurse resources "$site\resources" }
;   4. $env:PYTHONHASHSEED = "0"
;      build\bundle-venv\Scripts\pyinstaller --noconfirm --clean --workpath build\bundle-work `
;          --distpath build\bundle-dist installer\casedesk.spec
;      This makes build\bundle-dist\CaseDesk\ with casedesk.exe (console) and
;      casedesk-gui.exe (no console).
;   5. build\bundle-venv\Scripts\python installer\collect_licences.py build\bundle-dist\CaseDesk
;      It lists system libraries with dpkg on Linux; on Windows PyInstaller copies none
;      (Python's own DLLs and the MSVC runtime come from python.org's Python: the licences
;      folder's Python entry covers them). If it stops on a library, add that library's
;      licence to installer\licenses and to EXTRA_TEXTS there.
;   6. $v = (Select-String -Path src\casedesk\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
;      & "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=$v installer\windows\casedesk.iss
;      The installer is dist\CaseDesk-<version>-windows-x64-setup.exe.
;   7. Sign it (an agency's code-signing certificate keeps SmartScreen quiet):
;      signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a `
;          dist\CaseDesk-$v-windows-x64-setup.exe
;      Signing casedesk.exe and casedesk-gui.exe before step 6 as well is better still.
;
; Test on a clean Windows machine: install, start CaseDesk from the Start menu, create a case
; file in Documents, install the next version over it (case file and settings must stay),
; uninstall (case file and settings must stay).
;
; Where CaseDesk keeps things on Windows (platformdirs): settings, recent files and the demo
; file in %LOCALAPPDATA%\CaseDesk (settings.ini), logs in %LOCALAPPDATA%\CaseDesk\Logs, cache in
; %LOCALAPPDATA%\CaseDesk\Cache; case files wherever the user saves them (Documents by
; default). None of that is in {app}, and nothing below deletes it: there is deliberately no
; [UninstallDelete] section, and [InstallDelete] touches only the program's own _internal.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 installer\windows\casedesk.iss (step 6)
#endif

#define AppName "CaseDesk"
#define Bundle "..\..\build\bundle-dist\CaseDesk"

[Setup]
; Never change AppId: it is how an upgrade finds the installed CaseDesk and replaces it.
AppId={{927C85DF-9D15-452A-9BAA-23C7CF446152}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CaseDesk developers
AppComments=Offline, encrypted case recording for safeguarding and outreach workers
VersionInfoVersion={#AppVersion}
; Installs for the current user without an administrator (no IT department needed); an
; administrator can still choose "for all users" in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; An upgrade goes where the last version went, without asking again.
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=casedesk.ico
UninstallDisplayIcon={app}\casedesk-gui.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\licenses\GPL-3.0.txt
; A running CaseDesk holds its case file open: ask to close it before files are replaced
; (it closes the case file cleanly when asked to quit).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's libraries go before the new ones are copied, so nothing stale is
; left beside them. Only the program's own folder; user data is never in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\casedesk-gui.exe"; Comment: "Offline, encrypted case recording"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\casedesk-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\casedesk-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes only what [Files] installed. Case files,
; settings.ini and logs stay, so reinstalling finds them again.
