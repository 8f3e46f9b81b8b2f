#include "api/LayoutVersionRecorder.h"

#include "api/SectionWireCache.h"
#include "storage/SectionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

// How many names one phrase lists before "and N more".
constexpr int NamesPerPhrase = 3;

// Every this many versions of a dashboard (the 1st, the 33rd, ...) one holds all its sections;
// the others hold only what their write changed, so that reading one applies at most 31.
constexpr qint64 WholeSnapshotEvery = 32;

QString titleOf(const LayoutTouch &touch)
{
    for (const auto &side : {touch.before, touch.after}) {
        if (!side)
            continue;
        const QString title
            = side->value(u"customization"_s).toObject().value(u"title"_s).toString().simplified();
        if (!title.isEmpty())
            return title;
        if (const QString type = side->value(u"sectionType"_s).toString(); !type.isEmpty())
            return type;
    }
    return u"a section"_s;
}

// Whether `group` differs in `key` (all of it when `key` is empty), or, with `besides`, in
// anything but `key`.
bool differs(const QJsonObject &a, const QJsonObject &b, const QString &group, const QString &key,
             bool besides = false)
{
    QJsonObject left = a.value(group).toObject();
    QJsonObject right = b.value(group).toObject();
    if (key.isEmpty())
        return left != right;
    if (!besides)
        return left.value(key) != right.value(key);
    left.remove(key);
    right.remove(key);
    return left != right;
}

// The verbs of one section's change, e.g. {"moved", "changed title of"}.
QStringList verbsOf(const LayoutTouch &touch)
{
    if (!touch.before)
        return {u"added"_s};
    if (!touch.after)
        return {u"removed"_s};
    const QJsonObject &a = *touch.before;
    const QJsonObject &b = *touch.after;
    QStringList verbs;
    if (differs(a, b, u"layout"_s, u"position"_s))
        verbs << u"moved"_s;
    if (differs(a, b, u"layout"_s, u"position"_s, true))
        verbs << u"resized"_s;
    if (differs(a, b, u"customization"_s, u"title"_s))
        verbs << u"changed title of"_s;
    if (differs(a, b, u"customization"_s, u"title"_s, true))
        verbs << u"changed appearance of"_s;
    if (differs(a, b, u"visibility"_s, {}))
        verbs << u"changed visibility of"_s;
    if (differs(a, b, u"permissions"_s, {}))
        verbs << u"changed permissions of"_s;
    if (verbs.isEmpty())
        verbs << u"changed"_s;
    return verbs;
}

QString listOfNames(QStringList names)
{
    names.removeDuplicates();
    if (names.size() > NamesPerPhrase) {
        const qsizetype more = names.size() - NamesPerPhrase;
        names.resize(NamesPerPhrase);
        return names.join(u", "_s) + u" and %1 more"_s.arg(more);
    }
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" and "_s + last;
}

QString scopeKey(const LayoutTouch &touch)
{
    return touch.organizationId + u'/' + touch.weddingId;
}

// What one dashboard's touches did: each section as it became (created, changed) or its id
// (removed), the last touch of a section deciding; the one snapshot of a changes version.
QByteArray changesOf(const QList<LayoutTouch> &touches)
{
    QStringList order;
    QHash<QString, const LayoutTouch *> last;
    for (const LayoutTouch &touch : touches) {
        const QString id = (touch.after ? *touch.after : touch.before.value_or(QJsonObject()))
                               .value(u"id"_s)
                               .toString();
        if (!last.contains(id))
            order << id;
        last.insert(id, &touch);
    }
    QJsonArray changed;
    QJsonArray removed;
    for (const QString &id : std::as_const(order)) {
        if (const LayoutTouch *touch = last.value(id); touch->after)
            changed.append(*touch->after);
        else
            removed.append(id);
    }
    return QJsonDocument(QJsonObject {{u"changed"_s, changed}, {u"removed"_s, removed}})
        .toJson(QJsonDocument::Compact);
}

// The whole dashboard, as it is in this transaction, as one JSON array.
Result<QByteArray> wholeLayout(Database &db, const Clock &clock, const LayoutTouch &touch)
{
    auto rows = SectionRepository(db, clock).listStored(touch.organizationId,
                                                        SectionScope::ofDashboard(touch.weddingId));
    if (!rows)
        return rows.error();
    return SectionWireCache::shared().encoded(rows.value());
}

} // namespace

LayoutTouch layoutTouch(const QString &organizationId, const std::optional<QJsonObject> &before,
                        const std::optional<QJsonObject> &after)
{
    const QJsonObject &side = after ? *after : (before ? *before : QJsonObject());
    return LayoutTouch {organizationId, side.value(u"weddingId"_s).toString().toLower(), before,
                        after};
}

QString layoutSummary(const QList<LayoutTouch> &touches)
{
    QStringList verbs;
    QHash<QString, QStringList> names;
    for (const LayoutTouch &touch : touches) {
        for (const QString &verb : verbsOf(touch)) {
            if (!verbs.contains(verb))
                verbs << verb;
            names[verb] << titleOf(touch);
        }
    }
    QStringList phrases;
    for (const QString &verb : std::as_const(verbs))
        phrases << verb + u' ' + listOfNames(names.value(verb));
    QString line = phrases.join(u"; "_s);
    if (!line.isEmpty())
        line[0] = line.at(0).toUpper();
    return line.isEmpty() ? u"No change"_s : line;
}

Result<QList<LayoutVersionRecord>> recordLayoutVersions(Database &db, const Clock &clock,
                                                        const QString &authorId,
                                                        const QList<LayoutTouch> &touches,
                                                        const LayoutVersionNote &note)
{
    QStringList order;
    QHash<QString, QList<LayoutTouch>> byScope;
    for (const LayoutTouch &touch : touches) {
        const QString key = scopeKey(touch);
        if (!byScope.contains(key))
            order << key;
        byScope[key] << touch;
    }
    QList<LayoutVersionRecord> recorded;
    for (const QString &key : std::as_const(order)) {
        const QList<LayoutTouch> &scoped = byScope[key];
        const LayoutTouch &first = scoped.first();
        LayoutVersionRepository versions(db, clock);
        auto number = versions.next(first.organizationId, first.weddingId);
        if (!number)
            return number.error();
        if (note.basedOn && number.value() != *note.basedOn + 1)
            return Error {u"version_conflict"_s,
                          u"The layout was changed while this write ran (now version %1); "
                          "review it and try again."_s.arg(number.value() - 1),
                          {}};
        const bool whole = (number.value() - 1) % WholeSnapshotEvery == 0;
        QByteArray snapshot;
        if (whole) {
            auto all = wholeLayout(db, clock, first);
            if (!all)
                return all.error();
            snapshot = std::move(all).value();
        } else {
            snapshot = changesOf(scoped);
        }
        LayoutVersionRecord record;
        record.organizationId = first.organizationId;
        record.weddingId = first.weddingId;
        record.version = number.value();
        record.authorId = authorId;
        record.summary = note.summary.isEmpty() ? layoutSummary(scoped) : note.summary;
        auto stored = versions.insert(
            std::move(record), whole ? LayoutSnapshotKind::Full : LayoutSnapshotKind::Changes,
            snapshot);
        if (!stored)
            return stored.error();
        recorded << stored.value();
    }
    return recorded;
}

} // namespace wedsync::server
