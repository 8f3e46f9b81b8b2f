#include "calendar/DavXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace wedsync::server::dav {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wedsync::server::dav", text);
}

Error malformed(const QString &why)
{
    return Error {
        u"dav_malformed"_s, tr("The calendar server's answer could not be read: %1").arg(why), {}};
}

int statusCode(const QString &line)
{
    // "HTTP/1.1 200 OK"
    const QStringList parts = line.simplified().split(u' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

struct Reader
{
    QXmlStreamReader xml;
    QStringList stack; // "ns|name" of the open elements
    Multistatus result;
    Response response;
    QHash<QString, Property> propstatProps;
    int propstatStatus = 0;
    QString currentProp; // key of the property being read, empty outside one
    int propDepth = -1; // stack depth of that property's element
    QString text;

    QString top(int fromEnd = 0) const
    {
        return stack.size() > fromEnd ? stack.at(stack.size() - 1 - fromEnd) : QString();
    }

    void start()
    {
        const QString name = xml.namespaceUri().toString() + u'|' + xml.name().toString();
        text.clear();
        if (!currentProp.isEmpty() && stack.size() == propDepth + 1) {
            Property &p = propstatProps[currentProp];
            p.children << name;
            const QStringView attribute = xml.attributes().value(u"name"_s);
            if (!attribute.isEmpty())
                p.children << name + u'=' + attribute.toString();
        }
        if (name == u"DAV:|response"_s)
            response = {};
        else if (name == u"DAV:|propstat"_s) {
            propstatProps.clear();
            propstatStatus = 0;
        } else if (currentProp.isEmpty() && top() == u"DAV:|prop"_s
                   && top(1) == u"DAV:|propstat"_s) {
            currentProp = name;
            propDepth = int(stack.size());
            propstatProps.insert(name, {});
        }
        stack << name;
    }

    void end()
    {
        const QString name = stack.takeLast();
        if (!currentProp.isEmpty()) {
            if (int(stack.size()) == propDepth) {
                Property &p = propstatProps[currentProp];
                if (p.children.isEmpty())
                    p.text = text;
                currentProp.clear();
                propDepth = -1;
            } else if (name == u"DAV:|href"_s) {
                propstatProps[currentProp].hrefs << text.trimmed();
            }
        } else if (name == u"DAV:|href"_s && top() == u"DAV:|response"_s) {
            response.href = text.trimmed();
        } else if (name == u"DAV:|status"_s && top() == u"DAV:|propstat"_s) {
            propstatStatus = statusCode(text);
        } else if (name == u"DAV:|status"_s && top() == u"DAV:|response"_s) {
            response.status = statusCode(text);
        } else if (name == u"DAV:|propstat"_s) {
            if (propstatStatus >= 200 && propstatStatus < 300)
                response.found.insert(propstatProps);
        } else if (name == u"DAV:|response"_s) {
            result.responses << response;
        } else if (name == u"DAV:|sync-token"_s && top() == u"DAV:|multistatus"_s) {
            result.syncToken = text.trimmed();
        }
        text.clear();
    }
};

} // namespace

QString key(QLatin1StringView ns, QLatin1StringView name)
{
    return ns + u'|' + name;
}

bool Response::has(QLatin1StringView ns, QLatin1StringView name) const
{
    return found.contains(key(ns, name));
}

Property Response::value(QLatin1StringView ns, QLatin1StringView name) const
{
    return found.value(key(ns, name));
}

Result<Multistatus> parseMultistatus(const QByteArray &body)
{
    if (body.size() > MaxAnswerBytes)
        return malformed(tr("it is larger than %1 MB.").arg(MaxAnswerBytes / (1024 * 1024)));
    Reader r;
    r.xml.addData(body);
    bool sawRoot = false;
    while (!r.xml.atEnd()) {
        switch (r.xml.readNext()) {
        case QXmlStreamReader::DTD:
            // Entity declarations are how "billion laughs" works: a DAV answer needs none.
            return malformed(tr("it declares a DTD."));
        case QXmlStreamReader::StartElement:
            if (r.stack.isEmpty()) {
                if (r.xml.namespaceUri() != DavNs || r.xml.name() != u"multistatus"_s)
                    return malformed(tr("it is not a WebDAV multistatus."));
                sawRoot = true;
            }
            if (r.stack.size() >= MaxDepth)
                return malformed(tr("it nests elements too deeply."));
            r.start();
            break;
        case QXmlStreamReader::EndElement:
            r.end();
            break;
        case QXmlStreamReader::Characters:
            r.text += r.xml.text();
            if (r.text.size() > MaxAnswerBytes)
                return malformed(tr("a value is too large."));
            break;
        default:
            break;
        }
    }
    if (r.xml.hasError())
        return malformed(r.xml.errorString());
    if (!sawRoot)
        return malformed(tr("it is empty."));
    return r.result;
}

namespace {

// Writes <d:NAME> with the DAV, CalDAV and CalendarServer prefixes declared.
void startRoot(QXmlStreamWriter &w, QLatin1StringView ns, const QString &name)
{
    w.writeStartDocument();
    w.writeNamespace(DavNs, u"d"_s);
    w.writeNamespace(CalDavNs, u"c"_s);
    w.writeNamespace(CalServerNs, u"cs"_s);
    w.writeStartElement(ns, name);
}

} // namespace

QByteArray propfindBody(const QList<QPair<QLatin1StringView, QLatin1StringView>> &properties)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    startRoot(w, DavNs, u"propfind"_s);
    w.writeStartElement(DavNs, u"prop"_s);
    for (const auto &[ns, name] : properties)
        w.writeEmptyElement(ns, name);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray syncCollectionBody(const QString &syncToken)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    startRoot(w, DavNs, u"sync-collection"_s);
    w.writeTextElement(DavNs, u"sync-token"_s, syncToken);
    w.writeTextElement(DavNs, u"sync-level"_s, u"1"_s);
    w.writeStartElement(DavNs, u"prop"_s);
    w.writeEmptyElement(DavNs, u"getetag"_s);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray multigetBody(const QStringList &hrefs)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    startRoot(w, CalDavNs, u"calendar-multiget"_s);
    w.writeStartElement(DavNs, u"prop"_s);
    w.writeEmptyElement(DavNs, u"getetag"_s);
    w.writeEmptyElement(CalDavNs, u"calendar-data"_s);
    w.writeEndElement();
    for (const QString &href : hrefs)
        w.writeTextElement(DavNs, u"href"_s, href);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace wedsync::server::dav
