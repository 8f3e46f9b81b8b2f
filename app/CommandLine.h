#pragma once
// wedsync-admin's command line:
//   wedsync-admin [--server URL] [--profile NAME] [--screenshots DIR] [--language en|es]

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wedsync {

struct ConsoleOptions
{
    QUrl server; // a remote server; empty: the saved choice (the embedded one by default)
    QString profile; // settings and caches; "default" when empty
    QString screenshotsDir; // render every screen there and exit
    QString language; // "en" | "es"; empty: the saved choice, else the system's
    QString serverExecutable; // the embedded server; empty: LocalBackend::findServerExecutable()
};

// Parses arguments (argv without the program name is fine too). --help and --version are
// handled by the caller through `helpText`/`wantsHelp`.
struct ParsedCommandLine
{
    ConsoleOptions options;
    bool showHelp = false;
    bool showVersion = false;
};
Result<ParsedCommandLine> parseCommandLine(const QStringList &arguments);
QString commandLineHelp();

} // namespace wedsync
