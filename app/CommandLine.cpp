#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
Error badArguments(const QString &message)
{
    return Error {u"bad_arguments"_s, message, {}};
}

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption server {
        u"server"_s,
        QCoreApplication::translate("wedsync::CommandLine",
                                    "Sign in to the server at URL instead of the built-in one."),
        u"URL"_s};
    QCommandLineOption profile {
        u"profile"_s,
        QCoreApplication::translate("wedsync::CommandLine",
                                    "Use the settings and caches of profile NAME."),
        u"NAME"_s};
    QCommandLineOption screenshots {
        u"screenshots"_s,
        QCoreApplication::translate("wedsync::CommandLine",
                                    "Render every screen to PNG files in DIR and exit."),
        u"DIR"_s};
    QCommandLineOption language {
        u"language"_s,
        QCoreApplication::translate("wedsync::CommandLine", "Speak LANG (en or es)."), u"LANG"_s};
    QCommandLineOption help {
        QStringList {u"h"_s, u"help"_s},
        QCoreApplication::translate("wedsync::CommandLine", "Show this help.")};
    QCommandLineOption version {
        u"version"_s, QCoreApplication::translate("wedsync::CommandLine", "Show the version.")};

    Parser()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "wedsync::CommandLine",
            "WedSync Admin: the administration console of WedSync. Without --server it "
            "starts the built-in server (wedsync-server) on this computer."));
        parser.addOptions({server, profile, screenshots, language, help, version});
    }
};
} // namespace

Result<ParsedCommandLine> parseCommandLine(const QStringList &arguments)
{
    Parser p;
    QStringList args = arguments;
    if (args.isEmpty() || args.first().startsWith(u'-'))
        args.prepend(u"wedsync-admin"_s);
    if (!p.parser.parse(args))
        return badArguments(p.parser.errorText());
    if (!p.parser.positionalArguments().isEmpty())
        return badArguments(
            QCoreApplication::translate("wedsync::CommandLine", "Unexpected argument: %1")
                .arg(p.parser.positionalArguments().first()));
    ParsedCommandLine parsed;
    parsed.showHelp = p.parser.isSet(p.help);
    parsed.showVersion = p.parser.isSet(p.version);
    if (p.parser.isSet(p.server)) {
        const QUrl url = QUrl::fromUserInput(p.parser.value(p.server));
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"http" && url.scheme() != u"https"))
            return badArguments(QCoreApplication::translate("wedsync::CommandLine",
                                                            "--server needs an http:// or https:// "
                                                            "URL, not \"%1\".")
                                    .arg(p.parser.value(p.server)));
        parsed.options.server = url;
    }
    parsed.options.profile = p.parser.value(p.profile);
    parsed.options.screenshotsDir = p.parser.value(p.screenshots);
    if (p.parser.isSet(p.language)) {
        const QString language = p.parser.value(p.language).toLower();
        if (language != u"en" && language != u"es")
            return badArguments(
                QCoreApplication::translate("wedsync::CommandLine",
                                            "--language must be en or es, not \"%1\".")
                    .arg(language));
        parsed.options.language = language;
    }
    return parsed;
}

QString commandLineHelp()
{
    return Parser().parser.helpText();
}

} // namespace wedsync
