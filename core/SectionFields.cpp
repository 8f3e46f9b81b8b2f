// A section's editable fields by name: one table says where each lives in SectionConfig and in
// the wire form, so that reading, writing, comparing and patching cannot disagree.
#include "SectionFields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Pointers into one section for the field's type; the others are null.
struct Slot
{
    QString *text = nullptr;
    QStringList *list = nullptr;
    QJsonObject *object = nullptr;
    int *integer = nullptr;
    SectionVisibility *phases = nullptr;
};

struct Field
{
    QStringView name;
    QStringView group; // the wire group: "customization", "visibility", "layout", "permissions"
    QStringView key; // the key inside that group
    const char *displayName;
    Slot (*at)(SectionConfig &);
};

// In the inspector's order, which is also LayoutDiff's.
constexpr Field Fields[] = {
    {u"title", u"customization", u"title", QT_TRANSLATE_NOOP("wedsync::SectionFields", "Title"),
     [](SectionConfig &s) {
         return Slot {.text = &s.customization.title};
     }},
    {u"subtitle", u"customization", u"subtitle",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Subtitle"),
     [](SectionConfig &s) {
         return Slot {.text = &s.customization.subtitle};
     }},
    {u"color", u"customization", u"color", QT_TRANSLATE_NOOP("wedsync::SectionFields", "Colour"),
     [](SectionConfig &s) {
         return Slot {.text = &s.customization.color};
     }},
    {u"icon", u"customization", u"icon", QT_TRANSLATE_NOOP("wedsync::SectionFields", "Icon"),
     [](SectionConfig &s) {
         return Slot {.text = &s.customization.icon};
     }},
    {u"theme", u"customization", u"theme", QT_TRANSLATE_NOOP("wedsync::SectionFields", "Theme"),
     [](SectionConfig &s) {
         return Slot {.object = &s.customization.theme};
     }},
    {u"roles", u"visibility", u"roles",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Visible to roles"),
     [](SectionConfig &s) {
         return Slot {.list = &s.visibility.roles};
     }},
    {u"phases", u"visibility", u"weddingPhase",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Wedding phases"),
     [](SectionConfig &s) {
         return Slot {.phases = &s.visibility};
     }},
    {u"conditions", u"visibility", u"conditions",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Visibility conditions"),
     [](SectionConfig &s) {
         return Slot {.object = &s.visibility.conditions};
     }},
    {u"position", u"layout", u"position", QT_TRANSLATE_NOOP("wedsync::SectionFields", "Position"),
     [](SectionConfig &s) {
         return Slot {.integer = &s.layout.position};
     }},
    {u"columns", u"layout", u"columns", QT_TRANSLATE_NOOP("wedsync::SectionFields", "Columns"),
     [](SectionConfig &s) {
         return Slot {.integer = &s.layout.columns};
     }},
    {u"size", u"layout", u"size", QT_TRANSLATE_NOOP("wedsync::SectionFields", "Height"),
     [](SectionConfig &s) {
         return Slot {.text = &s.layout.size};
     }},
    {u"responsive", u"layout", u"responsive",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Responsive layout"),
     [](SectionConfig &s) {
         return Slot {.object = &s.layout.responsive};
     }},
    {u"canView", u"permissions", u"canView",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Can view"),
     [](SectionConfig &s) {
         return Slot {.list = &s.permissions.canView};
     }},
    {u"canEdit", u"permissions", u"canEdit",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Can edit"),
     [](SectionConfig &s) {
         return Slot {.list = &s.permissions.canEdit};
     }},
    {u"canHide", u"permissions", u"canHide",
     QT_TRANSLATE_NOOP("wedsync::SectionFields", "Can hide"),
     [](SectionConfig &s) {
         return Slot {.list = &s.permissions.canHide};
     }},
};

const Field *fieldNamed(QStringView name)
{
    for (const Field &field : Fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

Slot slotOf(SectionConfig &s, QStringView name)
{
    const Field *field = fieldNamed(name);
    return field ? field->at(s) : Slot {};
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}

std::optional<int> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != std::floor(d) || d < std::numeric_limits<int>::min()
        || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(d);
}

} // namespace

QStringList sectionFieldNames()
{
    QStringList out;
    for (const Field &field : Fields)
        out.append(field.name.toString());
    return out;
}

QString sectionFieldDisplayName(QStringView field)
{
    const Field *known = fieldNamed(field);
    return known ? QCoreApplication::translate("wedsync::SectionFields", known->displayName)
                 : field.toString();
}

QString sectionPathDisplayName(QStringView path)
{
    for (const Field &field : Fields) {
        const qsizetype groupLength = field.group.size();
        if (!path.startsWith(field.group) || path.size() <= groupLength
            || path.at(groupLength) != u'.')
            continue;
        const QStringView rest = path.mid(groupLength + 1);
        if (rest == field.key)
            return sectionFieldDisplayName(field.name);
        if (rest.startsWith(field.key) && rest.size() > field.key.size()
            && rest.at(field.key.size()) == u'.')
            return sectionFieldDisplayName(field.name) + u" › "_s
                + rest.mid(field.key.size() + 1).toString();
    }
    return path.toString();
}

bool isGrantField(QStringView field)
{
    return field == u"roles" || field == u"canView" || field == u"canEdit" || field == u"canHide";
}

bool isPlacementField(QStringView field)
{
    return field == u"position" || field == u"columns";
}

QJsonValue sectionFieldValue(const SectionConfig &section, QStringView field)
{
    // Only read through the slot: one table serves both directions without a copy per field.
    const Slot slot = slotOf(const_cast<SectionConfig &>(section), field);
    if (slot.text)
        return *slot.text;
    if (slot.list)
        return QJsonArray::fromStringList(*slot.list);
    if (slot.object)
        return *slot.object;
    if (slot.integer)
        return *slot.integer;
    if (slot.phases) {
        // As sectionToJson writes it: a list (even empty) is a restriction, null is none.
        if (!slot.phases->hasWeddingPhases && slot.phases->weddingPhases.isEmpty())
            return QJsonValue(QJsonValue::Null);
        return QJsonArray::fromStringList(slot.phases->weddingPhases);
    }
    return QJsonValue(QJsonValue::Undefined);
}

SectionConfig withSectionField(SectionConfig section, QStringView field, const QJsonValue &value)
{
    const Slot slot = slotOf(section, field);
    if (slot.text && value.isString()) {
        *slot.text = value.toString();
    } else if (slot.list) {
        if (const auto list = stringList(value))
            *slot.list = *list;
    } else if (slot.object && value.isObject()) {
        *slot.object = value.toObject();
    } else if (slot.integer) {
        if (const auto number = integer(value))
            *slot.integer = *number;
    } else if (slot.phases) {
        if (value.isNull()) {
            slot.phases->hasWeddingPhases = false;
            slot.phases->weddingPhases.clear();
        } else if (const auto list = stringList(value)) {
            slot.phases->hasWeddingPhases = true;
            slot.phases->weddingPhases = *list;
        }
    }
    return section;
}

QStringList changedSectionFields(const SectionConfig &before, const SectionConfig &after)
{
    QStringList out;
    for (const Field &field : Fields) {
        if (sectionFieldValue(before, field.name) != sectionFieldValue(after, field.name))
            out.append(field.name.toString());
    }
    return out;
}

QJsonObject sectionPatchFor(const SectionConfig &after, const QStringList &fields)
{
    QJsonObject patch;
    for (const Field &field : Fields) {
        if (isPlacementField(field.name) || !fields.contains(field.name))
            continue;
        const QString group = field.group.toString();
        QJsonObject values = patch.value(group).toObject();
        values.insert(field.key.toString(), sectionFieldValue(after, field.name));
        patch.insert(group, values);
    }
    return patch;
}

} // namespace wedsync
