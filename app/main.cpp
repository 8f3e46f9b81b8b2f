// wedsync-admin: parses the command line and hands over to ConsoleApp (app/ConsoleApp.h).
#include "CommandLine.h"
#include "ConsoleApp.h"
#include "FirstPaintProbe.h"
#include "ScreenshotScript.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WedSync"_s);
    QApplication::setApplicationName(u"wedsync-admin"_s);
    QApplication::setApplicationVersion(QStringLiteral(WEDSYNC_VERSION));

    const auto parsed = wedsync::parseCommandLine(QApplication::arguments().mid(1));
    if (!parsed) {
        std::fprintf(stderr, "wedsync-admin: %s\n", qPrintable(parsed.error().message));
        return 2;
    }
    if (parsed->showHelp) {
        std::fputs(qPrintable(wedsync::commandLineHelp()), stdout);
        return 0;
    }
    if (parsed->showVersion) {
        std::printf("wedsync-admin %s\n", WEDSYNC_VERSION);
        return 0;
    }

    if (!parsed->options.screenshotsDir.isEmpty())
        return wedsync::ScreenshotScript::run(parsed->options);

    if (wedsync::FirstPaintProbe::wanted())
        new wedsync::FirstPaintProbe(&app);
    wedsync::ConsoleApp console(parsed->options);
    QObject::connect(&console, &wedsync::ConsoleApp::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    console.start();
    return QApplication::exec();
}
