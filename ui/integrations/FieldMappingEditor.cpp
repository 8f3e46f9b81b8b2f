#include "integrations/FieldMappingEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {
enum Column {
    TargetColumn,
    SourceColumn,
    TransformColumn,
    ArgumentColumn,
    SampleColumn,
    ColumnCount
};
} // namespace

FieldMappingEditor::FieldMappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add a field"), this))
    , m_remove(new QPushButton(tr("&Remove the field"), this))
    , m_suggest(new QPushButton(tr("S&uggest from the columns"), this))
{
    m_table->setObjectName(u"mappingTable"_s);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalHeaderLabels(
        {tr("WedSync field"), tr("Column"), tr("Change"), tr("Format"), tr("First row gives")});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_suggest);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({m_columns.value(0), u"notes"_s, ClientTransform::Trim, {}});
        m_table->setCurrentCell(m_table->rowCount() - 1, SourceColumn);
        m_table->setFocus();
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        Q_EMIT changed();
    });
    connect(m_suggest, &QPushButton::clicked, this, &FieldMappingEditor::suggest);
}

void FieldMappingEditor::setSource(const QStringList &columns, const QList<SourceRow> &samples)
{
    m_columns = columns;
    m_samples = samples;
    updatePreview();
}

void FieldMappingEditor::suggest()
{
    setMapping(suggestMapping(m_columns, m_samples));
    Q_EMIT changed();
}

void FieldMappingEditor::setMapping(const FieldMapping &mapping)
{
    m_table->setRowCount(0);
    for (const FieldMappingEntry &entry : mapping.entries())
        addRow(entry);
    m_table->resizeColumnsToContents();
}

void FieldMappingEditor::addRow(const FieldMappingEntry &entry)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *target = new QComboBox(m_table);
    for (const QString &id : standardClientFields())
        target->addItem(clientFieldLabel(id), id);
    if (target->findData(entry.target) < 0)
        target->addItem(clientFieldLabel(entry.target), entry.target);
    target->setCurrentIndex(target->findData(entry.target));
    auto *source = new QComboBox(m_table);
    source->setEditable(true);
    source->addItems(m_columns);
    source->setCurrentText(entry.source);
    auto *transform = new QComboBox(m_table);
    for (const QString &id : clientTransformIds()) {
        if (const auto kind = clientTransformFromId(id))
            transform->addItem(clientTransformLabel(*kind), id);
    }
    transform->setCurrentIndex(transform->findData(clientTransformId(entry.transform)));
    auto *argument = new QLineEdit(entry.argument, m_table);
    m_table->setCellWidget(row, TargetColumn, target);
    m_table->setCellWidget(row, SourceColumn, source);
    m_table->setCellWidget(row, TransformColumn, transform);
    m_table->setCellWidget(row, ArgumentColumn, argument);
    m_table->setItem(row, SampleColumn, new QTableWidgetItem);
    const auto edited = [this] {
        updatePreview();
        Q_EMIT changed();
    };
    connect(target, &QComboBox::currentIndexChanged, this, edited);
    connect(source, &QComboBox::currentTextChanged, this, edited);
    connect(transform, &QComboBox::currentIndexChanged, this, edited);
    connect(argument, &QLineEdit::textChanged, this, edited);
    updatePreview();
}

FieldMapping FieldMappingEditor::mapping() const
{
    FieldMapping mapping;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *target = qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
        const auto *source = qobject_cast<QComboBox *>(m_table->cellWidget(row, SourceColumn));
        const auto *transform
            = qobject_cast<QComboBox *>(m_table->cellWidget(row, TransformColumn));
        const auto *argument = qobject_cast<QLineEdit *>(m_table->cellWidget(row, ArgumentColumn));
        if (!target || !source || !transform || !argument)
            continue;
        mapping.append({source->currentText().trimmed(), target->currentData().toString(),
                        clientTransformFromId(transform->currentData().toString())
                            .value_or(ClientTransform::None),
                        argument->text().trimmed()});
    }
    return mapping;
}

void FieldMappingEditor::updatePreview()
{
    if (m_samples.isEmpty())
        return;
    const FieldMapping all = mapping();
    const SourceRow &first = m_samples.constFirst();
    for (int row = 0; row < m_table->rowCount() && row < all.entries().size(); ++row) {
        const FieldMappingEntry &entry = all.entries().at(row);
        const MappedRow mapped = FieldMapping({entry}).apply(first);
        QString shown = mapped.record.value(entry.target);
        for (const FieldError &error : mapped.problems)
            shown = error.message;
        if (QTableWidgetItem *item = m_table->item(row, SampleColumn))
            item->setText(shown);
    }
}

} // namespace wedsync
