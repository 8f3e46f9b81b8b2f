// The calls that turn the server's layout into the edited one, in an order it accepts.
#include "LayoutSavePlan.h"

#include "GridPacking.h"
#include "SectionFields.h"
#include "SectionJson.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QJsonObject createBody(const SectionConfig &section)
{
    QJsonObject body = sectionToJson(section);
    body.remove(u"id"_s); // the server chooses it
    body.remove(u"metadata"_s); // the server's bookkeeping
    return body;
}

} // namespace

bool LayoutSavePlan::isEmpty() const
{
    return deletes.isEmpty() && patches.isEmpty() && moves.isEmpty() && creates.isEmpty();
}

qsizetype LayoutSavePlan::sectionCount() const
{
    QSet<QString> ids;
    for (const PlannedDelete &d : deletes)
        ids.insert(d.id);
    for (const PlannedPatch &p : patches)
        ids.insert(p.id);
    for (const PlannedMove &m : moves)
        ids.insert(m.id);
    for (const PlannedCreate &c : creates)
        ids.insert(c.localId);
    return ids.size();
}

LayoutSavePlan planLayoutSave(const QList<SectionConfig> &base, const QList<SectionConfig> &edited)
{
    QHash<QString, const SectionConfig *> baseById;
    for (const SectionConfig &section : base)
        baseById.insert(section.id, &section);
    QSet<QString> editedIds;
    for (const SectionConfig &section : edited)
        editedIds.insert(section.id);

    LayoutSavePlan plan;
    for (const SectionConfig *section : sectionsInPackingOrder(base)) {
        if (!editedIds.contains(section->id))
            plan.deletes.append({section->id, section->metadata.version});
    }
    for (const SectionConfig *section : sectionsInPackingOrder(edited)) {
        const SectionConfig *was = baseById.value(section->id);
        if (!was) {
            plan.creates.append({section->id, createBody(*section)});
            continue;
        }
        QStringList fields = changedSectionFields(*was, *section);
        const bool placed = std::any_of(fields.cbegin(), fields.cend(),
                                        [](const QString &f) { return isPlacementField(f); });
        fields.removeIf([](const QString &f) { return isPlacementField(f); });
        qint64 version = was->metadata.version;
        if (!fields.isEmpty()) {
            plan.patches.append({section->id, version, fields, sectionPatchFor(*section, fields)});
            ++version;
        }
        if (placed)
            plan.moves.append(
                {section->id, section->layout.position, section->layout.columns, version});
    }
    return plan;
}

} // namespace wedsync
