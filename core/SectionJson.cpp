#include "SectionJson.h"

#include "JsonReader.h"
#include "JsonValues.h"

#include <QCoreApplication>

#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// As QObject::tr: (text, disambiguation, n), so that lupdate files a %n text as plural.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wedsync::SectionJson", text, disambiguation, n);
}

// Full documents tolerate unknown keys and null groups; patches do not, because there a
// misspelt or misplaced key would be an edit that silently changes nothing.
enum class Mode { Full, Patch };

struct Decoder
{
    Mode mode;
    QList<FieldError> *errors;
};

void rejectUnknownKeys(const QJsonObject &object, JsonReader &reader,
                       std::initializer_list<QStringView> known, const Decoder &d)
{
    if (d.mode != Mode::Patch)
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool isKnown = false;
        for (QStringView k : known)
            isKnown = isKnown || it.key() == k;
        if (!isKnown)
            reader.addError(it.key(), tr("This field does not exist or cannot be changed here."));
    }
}

// Each read* helper leaves *target untouched when the key is absent, so that the same code
// fills a fresh SectionConfig (full decode) and merges into an existing one (patch).
void readText(JsonReader &r, const QJsonObject &o, const QString &key, QString *target)
{
    if (!o.contains(key))
        return;
    if (o.value(key).isNull()) {
        target->clear();
        return;
    }
    *target = r.string(key, *target);
}

void readList(JsonReader &r, const QJsonObject &o, const QString &key, QStringList *target)
{
    if (!o.contains(key))
        return;
    if (o.value(key).isNull()) {
        target->clear();
        return;
    }
    *target = r.stringList(key);
}

void readObject(JsonReader &r, const QJsonObject &o, const QString &key, QJsonObject *target)
{
    if (o.contains(key))
        *target = r.object(key); // null reads as {}
}

void readInt(JsonReader &r, const QJsonObject &o, const QString &key, int *target)
{
    if (!o.contains(key))
        return;
    const std::optional<qint64> v = r.integer(key);
    if (!v)
        return;
    // The struct holds an int; a bigger number must not wrap around into a plausible one.
    constexpr qint64 lo = std::numeric_limits<int>::min();
    constexpr qint64 hi = std::numeric_limits<int>::max();
    if (*v < lo || *v > hi) {
        r.addError(key, tr("This number is too large."));
        return;
    }
    *target = static_cast<int>(*v);
}

void readTimestamp(JsonReader &r, const QJsonObject &o, const QString &key, QDateTime *target)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (v.isNull()) {
        *target = QDateTime();
        return;
    }
    const QDateTime parsed
        = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
    // A time without "Z" or an offset would be read in whatever zone the reader runs in.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        r.addError(key, tr("Must be an ISO-8601 date and time in UTC, e.g. 2025-06-14T09:30:00Z."));
        return;
    }
    *target = parsed.toUTC();
}

// The group object under `key`, or nullopt when absent (or null in a full document).
std::optional<QJsonObject> group(JsonReader &r, const QJsonObject &o, const QString &key,
                                 const Decoder &d)
{
    if (!o.contains(key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (v.isNull() && d.mode == Mode::Full)
        return std::nullopt;
    if (!v.isObject()) {
        r.addError(key, tr("Must be an object."));
        return std::nullopt;
    }
    return v.toObject();
}

void decodeVisibility(const QJsonObject &g, const QString &path, const Decoder &d,
                      SectionVisibility *v)
{
    JsonReader r(g, path, d.errors);
    rejectUnknownKeys(g, r, {u"roles", u"conditions", u"weddingPhase"}, d);
    readList(r, g, u"roles"_s, &v->roles);
    readObject(r, g, u"conditions"_s, &v->conditions);
    const QString phaseKey = u"weddingPhase"_s;
    if (g.contains(phaseKey)) {
        // null lifts the restriction; a list (even empty) imposes one.
        v->hasWeddingPhases = !g.value(phaseKey).isNull();
        readList(r, g, phaseKey, &v->weddingPhases);
    }
}

void decodeLayout(const QJsonObject &g, const QString &path, const Decoder &d, SectionLayout *l)
{
    JsonReader r(g, path, d.errors);
    rejectUnknownKeys(g, r, {u"position", u"size", u"columns", u"responsive"}, d);
    readInt(r, g, u"position"_s, &l->position);
    readText(r, g, u"size"_s, &l->size);
    readInt(r, g, u"columns"_s, &l->columns);
    readObject(r, g, u"responsive"_s, &l->responsive);
}

void decodeCustomization(const QJsonObject &g, const QString &path, const Decoder &d,
                         SectionCustomization *c)
{
    JsonReader r(g, path, d.errors);
    rejectUnknownKeys(g, r, {u"title", u"subtitle", u"color", u"icon", u"theme"}, d);
    readText(r, g, u"title"_s, &c->title);
    readText(r, g, u"subtitle"_s, &c->subtitle);
    readText(r, g, u"color"_s, &c->color);
    readText(r, g, u"icon"_s, &c->icon);
    readObject(r, g, u"theme"_s, &c->theme);
}

void decodePermissions(const QJsonObject &g, const QString &path, const Decoder &d,
                       SectionPermissions *p)
{
    JsonReader r(g, path, d.errors);
    rejectUnknownKeys(g, r, {u"canEdit", u"canView", u"canHide"}, d);
    readList(r, g, u"canEdit"_s, &p->canEdit);
    readList(r, g, u"canView"_s, &p->canView);
    readList(r, g, u"canHide"_s, &p->canHide);
}

void decodeMetadata(const QJsonObject &g, const QString &path, const Decoder &d, SectionMetadata *m)
{
    JsonReader r(g, path, d.errors);
    rejectUnknownKeys(g, r, {u"createdBy", u"updatedBy", u"version", u"lastSynced"}, d);
    readText(r, g, u"createdBy"_s, &m->createdBy);
    readText(r, g, u"updatedBy"_s, &m->updatedBy);
    if (g.contains(u"version"_s)) {
        if (const auto v = r.integer(u"version"_s))
            m->version = *v;
    }
    readTimestamp(r, g, u"lastSynced"_s, &m->lastSynced);
}

// The groups and fields both decoders share; ids and metadata are handled by the callers
// because a patch may not change them.
void decodeCommon(const QJsonObject &json, JsonReader &r, const Decoder &d, SectionConfig *s)
{
    readText(r, json, u"weddingId"_s, &s->weddingId);
    readText(r, json, u"sectionType"_s, &s->sectionType);
    if (const auto g = group(r, json, u"visibility"_s, d))
        decodeVisibility(*g, r.fieldPath(u"visibility"_s), d, &s->visibility);
    if (const auto g = group(r, json, u"layout"_s, d))
        decodeLayout(*g, r.fieldPath(u"layout"_s), d, &s->layout);
    if (const auto g = group(r, json, u"customization"_s, d))
        decodeCustomization(*g, r.fieldPath(u"customization"_s), d, &s->customization);
    if (const auto g = group(r, json, u"permissions"_s, d))
        decodePermissions(*g, r.fieldPath(u"permissions"_s), d, &s->permissions);
}

void decodeFull(const QJsonObject &json, const QString &path, QList<FieldError> *errors,
                SectionConfig *s)
{
    const Decoder d {Mode::Full, errors};
    JsonReader r(json, path, errors);
    readText(r, json, u"id"_s, &s->id);
    readText(r, json, u"organizationId"_s, &s->organizationId);
    decodeCommon(json, r, d, s);
    if (const auto g = group(r, json, u"metadata"_s, d))
        decodeMetadata(*g, r.fieldPath(u"metadata"_s), d, &s->metadata);
}

Error sectionError(const QList<FieldError> &errors)
{
    const int n = static_cast<int>(errors.size());
    return Error {QString(InvalidSectionCode),
                  tr("The section configuration has %n problem(s).", nullptr, n), errors};
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue timestampToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime utc = time.toUTC();
    // Whole seconds stay short (and equal to what most clients send); milliseconds are kept
    // when present so that the round trip loses nothing.
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace

QJsonObject sectionToJson(const SectionConfig &s)
{
    QJsonObject visibility {{u"roles"_s, toArray(s.visibility.roles)},
                            {u"conditions"_s, s.visibility.conditions}};
    // An inconsistent struct (phases without the flag) keeps its phases rather than lose them.
    if (s.visibility.hasWeddingPhases || !s.visibility.weddingPhases.isEmpty())
        visibility.insert(u"weddingPhase"_s, toArray(s.visibility.weddingPhases));

    const QJsonObject layout {{u"position"_s, s.layout.position},
                              {u"size"_s, s.layout.size},
                              {u"columns"_s, s.layout.columns},
                              {u"responsive"_s, s.layout.responsive}};
    const QJsonObject customization {{u"title"_s, s.customization.title},
                                     {u"subtitle"_s, s.customization.subtitle},
                                     {u"color"_s, s.customization.color},
                                     {u"icon"_s, s.customization.icon},
                                     {u"theme"_s, s.customization.theme}};
    const QJsonObject permissions {{u"canEdit"_s, toArray(s.permissions.canEdit)},
                                   {u"canView"_s, toArray(s.permissions.canView)},
                                   {u"canHide"_s, toArray(s.permissions.canHide)}};
    const QJsonObject metadata {{u"createdBy"_s, s.metadata.createdBy},
                                {u"updatedBy"_s, s.metadata.updatedBy},
                                {u"version"_s, s.metadata.version},
                                {u"lastSynced"_s, timestampToJson(s.metadata.lastSynced)}};

    return QJsonObject {{u"id"_s, s.id},
                        {u"organizationId"_s, s.organizationId},
                        {u"weddingId"_s, textOrNull(s.weddingId)},
                        {u"sectionType"_s, s.sectionType},
                        {u"visibility"_s, visibility},
                        {u"layout"_s, layout},
                        {u"customization"_s, customization},
                        {u"permissions"_s, permissions},
                        {u"metadata"_s, metadata}};
}

Result<SectionConfig> sectionFromJson(const QJsonObject &json)
{
    QList<FieldError> errors;
    SectionConfig section;
    decodeFull(json, QString(), &errors, &section);
    if (!errors.isEmpty())
        return sectionError(errors);
    return section;
}

Result<SectionConfig> sectionFromJson(const QByteArray &bytes)
{
    const Result<QJsonObject> parsed = parseJsonObject(bytes);
    if (!parsed)
        return parsed.error();
    return sectionFromJson(parsed.value());
}

QJsonArray sectionsToJson(const QList<SectionConfig> &sections)
{
    QJsonArray out;
    for (const SectionConfig &s : sections)
        out.append(sectionToJson(s));
    return out;
}

Result<QList<SectionConfig>> sectionsFromJson(const QJsonArray &json)
{
    QList<FieldError> errors;
    QList<SectionConfig> sections;
    sections.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString path = u'[' + QString::number(i) + u']';
        if (!json.at(i).isObject()) {
            errors.append({path, tr("Each entry must be a section object.")});
            continue;
        }
        SectionConfig section;
        decodeFull(json.at(i).toObject(), path, &errors, &section);
        sections.append(std::move(section));
    }
    if (!errors.isEmpty())
        return sectionError(errors);
    return sections;
}

Result<SectionConfig> applySectionPatch(const SectionConfig &base, const QJsonObject &patch)
{
    QList<FieldError> errors;
    const Decoder d {Mode::Patch, &errors};
    JsonReader r(patch, QString(), &errors);
    rejectUnknownKeys(patch, r,
                      {u"id", u"organizationId", u"weddingId", u"sectionType", u"visibility",
                       u"layout", u"customization", u"permissions", u"metadata"},
                      d);

    SectionConfig merged = base;
    decodeCommon(patch, r, d, &merged);

    // Identity and bookkeeping belong to the server; an unchanged echo is harmless.
    const QString fixedMessage = tr("This value is set by the server and cannot be changed.");
    const auto checkFixedText = [&](const QString &key, const QString &current) {
        QString sent = current;
        const qsizetype before = errors.size();
        readText(r, patch, key, &sent);
        if (errors.size() == before && sent != current)
            r.addError(key, fixedMessage);
    };
    checkFixedText(u"id"_s, base.id);
    checkFixedText(u"organizationId"_s, base.organizationId);

    if (const auto g = group(r, patch, u"metadata"_s, d)) {
        const QString path = r.fieldPath(u"metadata"_s);
        SectionMetadata sent = base.metadata;
        const qsizetype before = errors.size();
        decodeMetadata(*g, path, d, &sent);
        if (errors.size() == before) {
            JsonReader mr(*g, path, &errors);
            if (sent.createdBy != base.metadata.createdBy)
                mr.addError(u"createdBy"_s, fixedMessage);
            if (sent.updatedBy != base.metadata.updatedBy)
                mr.addError(u"updatedBy"_s, fixedMessage);
            if (sent.version != base.metadata.version)
                mr.addError(u"version"_s, fixedMessage);
            if (sent.lastSynced != base.metadata.lastSynced)
                mr.addError(u"lastSynced"_s, fixedMessage);
        }
    }

    if (!errors.isEmpty())
        return sectionError(errors);
    return merged;
}

} // namespace wedsync
