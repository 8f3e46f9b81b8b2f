#include "permissions/PermissionTemplateDialog.h"

#include "ConfigPermissionTemplate.h"
#include "SectionNames.h"
#include "permissions/MatrixChangesTree.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

PermissionTemplateDialog::PermissionTemplateDialog(const QJsonObject &rbac,
                                                   const PermissionMatrix &target,
                                                   FindingsOf newFindings, QWidget *parent)
    : QDialog(parent)
    , m_rbac(rbac)
    , m_newFindings(std::move(newFindings))
    , m_target(target)
    , m_after(target)
    , m_templates(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_changes(new QTreeWidget(this))
    , m_apply(nullptr)
{
    setObjectName(u"permissionTemplateDialog"_s);
    setWindowTitle(tr("Apply a permission template"));
    m_templates->setObjectName(u"templateChoice"_s);
    m_description->setObjectName(u"templateDescription"_s);
    m_description->setWordWrap(true);
    m_summary->setObjectName(u"templateSummary"_s);
    m_summary->setWordWrap(true);
    m_changes->setObjectName(u"templateChanges"_s);
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setAccessibleName(tr("Cells the template changes"));

    const QJsonObject templates = rbac.value(u"templates"_s).toObject();
    for (auto it = templates.begin(); it != templates.end(); ++it) {
        const QString label = it->toObject().value(u"label"_s).toString();
        m_templates->addItem(label.isEmpty() ? it.key() : label, it.key());
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply template"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyTemplate"_s);
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_templates, &QComboBox::currentIndexChanged, this, &PermissionTemplateDialog::preview);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_templates);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(680, 460);
    preview();
}

QString PermissionTemplateDialog::templateId() const
{
    return m_templates->currentData().toString();
}

QString PermissionTemplateDialog::templateLabel() const
{
    return m_templates->currentText();
}

void PermissionTemplateDialog::preview()
{
    const QString id = templateId();
    const QJsonObject chosen = m_rbac.value(u"templates"_s)[id].toObject();
    m_description->setText(chosen.value(u"description"_s).toString());
    m_description->setVisible(!m_description->text().isEmpty());
    const Result<PermissionMatrix> after = applyPermissionTemplate(m_rbac, id, m_target);
    m_after = after ? after.value() : m_target;
    m_diff = diffMatrices(m_target, m_after);
    showMatrixChanges(m_changes, m_diff, tr("After the template"));

    // Section types the template sets that this dashboard has no section of: said, not hidden.
    QSet<QString> here;
    for (const MatrixRow &row : std::as_const(m_target.rows))
        here.insert(row.sectionType);
    QStringList absent;
    const QJsonObject sections = chosen.value(u"sections"_s).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        if (!here.contains(it.key()))
            absent << sectionTypeDisplayName(it.key());
    }
    QString text;
    if (!after)
        text = after.error().message;
    else if (m_diff.isEmpty())
        text = tr("“%1” changes nothing: this dashboard already has its permissions.")
                   .arg(templateLabel());
    else
        text
            = tr("“%1” changes %n cell(s)", nullptr, int(m_diff.changeCount())).arg(templateLabel())
            + u' '
            + tr("on %n section(s). Other sections and roles keep theirs. It is applied on the "
                 "server as one change, all or nothing, and recorded in the audit trail.",
                 nullptr, int(m_diff.rows.size()));
    const QList<IntegrityFinding> findings
        = m_newFindings && !m_diff.isEmpty() ? m_newFindings(m_after) : QList<IntegrityFinding>();
    text += findingsParagraph(
        tr("After the template, %n new finding(s):", nullptr, int(findings.size())), findings);
    if (!absent.isEmpty())
        text += u"\n"_s
            + tr("This dashboard has no section of these types, which the template also sets: "
                 "%1.")
                  .arg(absent.join(u", "_s));
    m_summary->setText(text);
    m_apply->setEnabled(canApply());
    m_apply->setText(canApply() ? tr("&Apply %n change(s)", nullptr, int(m_diff.changeCount()))
                                : tr("&Apply template"));
}

} // namespace wedsync
