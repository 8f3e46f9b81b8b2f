#include "ConfigPermissionTemplate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wedsync {

Result<PermissionMatrix> applyPermissionTemplate(const QJsonObject &rbacDocument,
                                                 const QString &templateId, PermissionMatrix matrix)
{
    const QJsonValue found = rbacDocument.value(u"templates"_s)[templateId];
    if (!found.isObject()) {
        const QString message = QCoreApplication::translate("wedsync::ConfigPermissionTemplate",
                                                            "There is no permission template “%1”.")
                                    .arg(templateId.left(64));
        return Error {u"validation_failed"_s, message, {{u"appliedTemplate"_s, message}}};
    }
    const QJsonObject sections = found.toObject().value(u"sections"_s).toObject();
    for (MatrixRow &row : matrix.rows) {
        const QJsonObject byRole = sections.value(row.sectionType).toObject();
        for (auto it = byRole.begin(); it != byRole.end(); ++it) {
            const std::optional<Role> role = roleFromName(it.key());
            if (!role)
                continue;
            const QJsonObject cell = it->toObject();
            for (MatrixFlag flag : AllMatrixFlags) {
                const QJsonValue value = cell.value(matrixFlagName(flag));
                if (value.isBool())
                    row.cell(*role).setFlag(flag, value.toBool());
            }
        }
    }
    return matrix;
}

} // namespace wedsync
