#include "AuditSentence.h"

#include "AuditModel.h"
#include "WireWords.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QJsonObject sideOf(const std::optional<QJsonObject> &side)
{
    return side.value_or(QJsonObject());
}

QString titleOf(const QJsonObject &section)
{
    return section.value(u"customization"_s).toObject().value(u"title"_s).toString();
}

// The entity's name from the newer side, else the older.
QString labelOf(const AuditRecord &record)
{
    const QString label = AuditModel::entityLabel(record);
    return label.isEmpty() ? AuditModel::entityTypeText(record.entityType) : label;
}

} // namespace

QString AuditSentence::of(const AuditRecord &record,
                          const std::function<QString(const QString &)> &nameOf)
{
    const QString who = record.actorId.isEmpty() ? tr("The system") : nameOf(record.actorId);
    if (record.entityType == u"section_configuration")
        return section(record, who);
    if (record.entityType == u"sync_conflict")
        return conflict(record, who);
    if (record.entityType == u"compliance_record")
        return requirement(record, who, nameOf);
    if (record.entityType == u"supplier_compliance")
        return supplier(record, who, nameOf);
    return tr("%1: %2, %3").arg(who, AuditModel::actionText(record.action), labelOf(record));
}

QString AuditSentence::section(const AuditRecord &record, const QString &who)
{
    const QJsonObject before = sideOf(record.before), after = sideOf(record.after);
    const QString name = labelOf(record);
    if (record.action == u"create")
        return tr("%1 added the section %2").arg(who, name);
    if (record.action == u"delete")
        return tr("%1 removed the section %2").arg(who, name);
    if (record.action == u"permissions_update")
        return tr("%1 changed who may see and edit %2").arg(who, name);
    if (record.action == u"conflict_resolve")
        return tr("%1 settled a conflict on %2").arg(who, name);
    const QJsonValue from = before.value(u"layout"_s).toObject().value(u"position"_s);
    const QJsonValue to = after.value(u"layout"_s).toObject().value(u"position"_s);
    if (to.isDouble() && from != to)
        return tr("%1 moved %2 to position %3").arg(who, name).arg(to.toInt() + 1);
    if (!titleOf(before).isEmpty() && titleOf(before) != titleOf(after))
        return tr("%1 renamed %2 to %3").arg(who, titleOf(before), titleOf(after));
    if (before.value(u"visibility"_s) != after.value(u"visibility"_s))
        return tr("%1 changed when %2 is shown").arg(who, name);
    return tr("%1 changed %2").arg(who, name);
}

QString AuditSentence::conflict(const AuditRecord &record, const QString &who)
{
    const QString name = labelOf(record);
    if (record.action == u"conflict_dismiss")
        return tr("%1 dismissed the conflict on %2").arg(who, name);
    const QString resolution = sideOf(record.after).value(u"resolution"_s).toString();
    if (resolution == u"mine")
        return tr("%1 settled the conflict on %2 with the offline change").arg(who, name);
    if (resolution == u"theirs")
        return tr("%1 settled the conflict on %2 with the saved version").arg(who, name);
    if (resolution == u"merged")
        return tr("%1 settled the conflict on %2 by merging both").arg(who, name);
    return tr("%1 settled the conflict on %2").arg(who, name);
}

QString AuditSentence::requirement(const AuditRecord &record, const QString &who,
                                   const std::function<QString(const QString &)> &nameOf)
{
    const QJsonObject after = sideOf(record.after);
    const QString title = labelOf(record);
    const QString supplierId = after.value(u"supplierId"_s).toString();
    const QString supplier = supplierId.isEmpty() ? tr("a supplier") : nameOf(supplierId);
    const QString status = after.value(u"status"_s).toString();
    if (status == u"approved")
        return tr("%1 approved %2 for %3").arg(who, title, supplier);
    if (status == u"revision_required")
        return tr("%1 asked %3 to revise %2").arg(who, title, supplier);
    if (status == u"rejected")
        return tr("%1 rejected %2 for %3").arg(who, title, supplier);
    if (status == u"submitted")
        return tr("%1 submitted %2 for %3").arg(who, title, supplier);
    return tr("%1 set %2 for %3 to %4")
        .arg(who, title, supplier, wireNameAsWords(status).toLower());
}

QString AuditSentence::supplier(const AuditRecord &record, const QString &who,
                                const std::function<QString(const QString &)> &nameOf)
{
    const QJsonObject before = sideOf(record.before), after = sideOf(record.after);
    QString name = after.value(u"displayName"_s).toString();
    if (name.isEmpty())
        name = nameOf(record.entityId);
    if (record.action == u"initialize")
        return tr("%1 started compliance tracking for %2").arg(who, name);
    if (record.action == u"deactivate")
        return tr("%1 deactivated %2").arg(who, name);
    if (record.action == u"role_change")
        return tr("%1 made %2 a %3")
            .arg(who, name, wireNameAsWords(after.value(u"role"_s).toString()).toLower());
    const QString tier = after.value(u"tierName"_s).toString();
    if (!tier.isEmpty() && tier != before.value(u"tierName"_s).toString())
        return tr("%1 moved %2 to the %3 tier").arg(who, name, tier);
    if (record.action == u"recalculate")
        return tr("%1 recalculated the compliance figures of %2").arg(who, name);
    return tr("%1: %2, %3").arg(who, AuditModel::actionText(record.action), name);
}

} // namespace wedsync
