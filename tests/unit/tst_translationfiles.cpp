// The translation sources as lrelease compiles them: lrelease keeps an unfinished translation's
// text, so a guess lupdate filled in (its "similar text" heuristic once turned the English
// "%1, %2" into "%1: %2 {1,?}" beside every organization admin's name) reaches the screen.
// English: every unfinished entry is empty (the source shows). Spanish: every entry is done.

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type; // the translation's type attribute ("unfinished", "vanished", ...)
    QString text; // every form's text, joined
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(path);
        return {};
    }
    QList<Entry> out;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            entry = Entry {context, {}, {}, {}};
        else if (xml.name() == u"source")
            entry.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            entry.type = xml.attributes().value(u"type"_s).toString();
            entry.text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            out.append(entry);
        }
    }
    if (xml.hasError())
        *error = u"%1: %2 at line %3"_s.arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

QString tsPath(const QString &name)
{
    return qEnvironmentVariable("WEDSYNC_SOURCE_DIR") + u"/translations/"_s + name;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishShowsTheSourceWhereNothingWasTranslated()
    {
        QString error;
        const QList<Entry> entries = readTs(tsPath(u"wedsync_en.ts"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 1000);
        QStringList guessed;
        for (const Entry &entry : entries) {
            if (entry.type == u"unfinished" && !entry.text.isEmpty())
                guessed << u"%1 | %2 → %3"_s.arg(entry.context, entry.source, entry.text);
        }
        QVERIFY2(guessed.isEmpty(), qPrintable(guessed.join(u'\n')));
    }

    void spanishIsComplete()
    {
        QString error;
        const QList<Entry> entries = readTs(tsPath(u"wedsync_es.ts"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 1000);
        QStringList missing;
        for (const Entry &entry : entries) {
            if (entry.type == u"unfinished" || entry.text.isEmpty())
                missing << u"%1 | %2"_s.arg(entry.context, entry.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
