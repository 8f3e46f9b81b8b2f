#include "common/FormProblems.h"

#include "api/ApiError.h"
#include "common/StateColors.h"

#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = wrappingLabel(parent, objectName);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

QWidget *fieldWithProblem(QWidget *field, QLabel *problem)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

QString apiErrorText(const ApiError &error)
{
    QStringList lines {error.userMessage()};
    lines.append(error.fieldMessages());
    return lines.join(u'\n');
}

void FieldProblems::add(const QString &field, QLabel *label)
{
    m_labels.insert(field, label);
}

QString FieldProblems::show(const ApiError &error)
{
    clear();
    QStringList rest;
    bool anyField = false;
    const QJsonArray fields = error.details.value(u"fields"_s).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        const QString name = field.value(u"field"_s).toString().section(u'[', 0, 0);
        const QString text = field.value(u"message"_s).toString();
        QLabel *label = m_labels.value(name);
        if (!label) {
            rest << (name.isEmpty() ? text : name + u": "_s + text);
            continue;
        }
        anyField = true;
        label->setText(!label->isHidden() ? label->text() + u'\n' + text : text);
        label->show();
    }
    if (!anyField)
        return apiErrorText(error);
    return rest.join(u'\n');
}

void FieldProblems::clear()
{
    for (const QPointer<QLabel> &label : std::as_const(m_labels)) {
        if (label) {
            label->clear();
            label->hide();
        }
    }
}

} // namespace wedsync
