#include "integrations/FileImportDialog.h"

#include "CrmText.h"
#include "common/UserPrompts.h"
#include "integrations/FieldMappingEditor.h"
#include "integrations/FileImportRun.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

FileImportDialog::FileImportDialog(const CrmIntegration &integration, FileImportRun *run,
                                   UserPrompts *prompts, QWidget *parent)
    : QDialog(parent)
    , m_integration(integration)
    , m_run(run)
    , m_prompts(prompts)
    , m_choose(new QPushButton(tr("C&hoose a file…"), this))
    , m_fileLabel(new QLabel(this))
    , m_notices(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_mapping(new FieldMappingEditor(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_skipped(new QListWidget(this))
    , m_check(new QPushButton(tr("Chec&k the file"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"fileImportDialog"_s);
    setWindowTitle(tr("Import clients into %1").arg(integration.name));
    m_choose->setObjectName(u"chooseFile"_s);
    m_fileLabel->setObjectName(u"importFile"_s);
    m_fileLabel->setWordWrap(true);
    m_notices->setWordWrap(true);
    m_notices->hide();
    m_preview->setObjectName(u"filePreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_preview->verticalHeader()->hide();
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->hide();
    m_result->setObjectName(u"importResult"_s);
    m_result->setWordWrap(true);
    m_skipped->setObjectName(u"skippedRows"_s);
    m_skipped->hide();
    m_check->setObjectName(u"checkFile"_s);
    m_import->setObjectName(u"importFile"_s);
    m_buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);

    auto *previewLabel = new QLabel(tr("&First rows of the file:"), this);
    previewLabel->setBuddy(m_preview);
    auto *mappingLabel = new QLabel(tr("&Map its columns to WedSync's fields:"), this);
    mappingLabel->setBuddy(m_mapping->table());
    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel, 1);
    top->addWidget(m_choose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notices);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);
    layout->addWidget(mappingLabel);
    layout->addWidget(m_mapping, 3);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_skipped, 1);
    layout->addWidget(m_buttons);
    resize(860, 680);

    connect(m_choose, &QPushButton::clicked, this, &FileImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FileImportDialog::reject);
    connect(m_mapping, &FieldMappingEditor::changed, this, [this] {
        m_checked = false; // another mapping: the counts no longer hold
        updateButtons();
    });
    connect(m_check, &QPushButton::clicked, this, [this] {
        setRunning(true);
        m_result->setText(tr("Checking every row…"));
        m_run->check(m_path, m_integration.organizationId, m_mapping->mapping());
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        setRunning(true);
        m_result->setText(tr("Importing…"));
        m_run->run(m_path, m_integration.organizationId, m_integration.id, m_mapping->mapping(),
                   m_checkedRows);
    });
    connect(m_run, &FileImportRun::progress, this,
            [this](qint64 bytesRead, qint64 bytesTotal, qint64 rows) {
                m_progress->setMaximum(1000);
                m_progress->setValue(bytesTotal > 0 ? int(bytesRead * 1000 / bytesTotal) : 0);
                m_progress->setFormat(tr("%1 rows").arg(QLocale().toString(rows)));
            });
    connect(m_run, &FileImportRun::finished, this, &FileImportDialog::onFinished);
    m_fileLabel->setText(tr("Choose a CSV export or a vCard file (.csv, .vcf) of your clients."));
    updateButtons();
}

void FileImportDialog::chooseFile()
{
    const QString path
        = m_prompts->openFileName(this, tr("Choose a client file"),
                                  tr("Client files (*.csv *.txt *.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void FileImportDialog::openFile(const QString &path)
{
    const FilePreview preview = FileImportRun::preview(path);
    m_path = preview.error.isEmpty() ? path : QString();
    m_checked = false;
    m_skipped->clear();
    m_skipped->hide();
    m_result->clear();
    m_fileLabel->setText(
        preview.error.isEmpty() ? tr("%1 (%2)").arg(
            preview.fileName,
            preview.format == ImportFileReader::Format::Csv ? tr("CSV") : tr("vCard"))
                                : preview.error);
    m_notices->setText(preview.notices.join(u'\n'));
    m_notices->setVisible(!preview.notices.isEmpty());
    m_preview->clear();
    m_preview->setColumnCount(int(preview.columns.size()));
    m_preview->setHorizontalHeaderLabels(preview.columns);
    m_preview->setRowCount(int(preview.rows.size()));
    for (int row = 0; row < preview.rows.size(); ++row) {
        for (int column = 0; column < preview.columns.size(); ++column)
            m_preview->setItem(
                row, column,
                new QTableWidgetItem(preview.rows.at(row).value(preview.columns.at(column))));
    }
    m_mapping->setSource(preview.columns, preview.rows);
    if (!m_path.isEmpty())
        m_mapping->suggest();
    updateButtons();
}

void FileImportDialog::setRunning(bool running)
{
    m_progress->setVisible(running || m_progress->value() > 0);
    if (running) {
        m_progress->setRange(0, 0);
        m_skipped->clear();
        m_skipped->hide();
        m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Stop"));
    } else {
        m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    }
    m_choose->setEnabled(!running);
    m_mapping->setEnabled(!running);
    updateButtons();
}

void FileImportDialog::updateButtons()
{
    const bool ready = !m_path.isEmpty() && !m_run->isRunning();
    const bool mapped
        = ready && !m_mapping->mapping().isEmpty() && m_mapping->mapping().validate().isEmpty();
    m_check->setEnabled(mapped);
    m_import->setEnabled(mapped);
    m_import->setDefault(m_checked);
}

void FileImportDialog::onFinished(const FileImportReport &report)
{
    const QLocale locale;
    QStringList lines;
    if (report.dryRun && report.error.isEmpty() && !report.cancelled) {
        m_checked = true;
        m_checkedRows = report.rowsRead;
        lines << tr("Ready to import %1 rows: %2 new clients, %3 updated (same e-mail), %4 "
                    "skipped.")
                     .arg(locale.toString(report.rowsRead), locale.toString(report.created),
                          locale.toString(report.updated), locale.toString(report.skippedCount));
    } else if (!report.dryRun) {
        lines << tr("%1 created, %2 updated, %3 skipped.")
                     .arg(locale.toString(report.created), locale.toString(report.updated),
                          locale.toString(report.skippedCount));
        if (report.completed)
            lines.prepend(tr("Imported."));
    }
    if (report.cancelled)
        lines << tr("Stopped by you after %n row(s); the job's log says where.", nullptr,
                    int(report.rowsRead));
    if (!report.error.isEmpty())
        lines << report.error;
    if (report.formulaRows > 0)
        lines << tr("%n row(s) hold values that look like spreadsheet formulas; they were "
                    "kept as plain text.",
                    nullptr, report.formulaRows);
    lines.append(report.notices);
    m_result->setText(lines.join(u'\n'));
    m_skipped->clear();
    for (const SkippedRow &row : report.skipped)
        m_skipped->addItem(tr("Row %1: %2").arg(row.row).arg(row.reason));
    if (report.skippedCount > report.skipped.size())
        m_skipped->addItem(
            tr("… and %n more", nullptr, int(report.skippedCount - report.skipped.size())));
    m_skipped->setVisible(m_skipped->count() > 0);
    m_progress->setRange(0, 1000);
    m_progress->setValue(report.completed ? 1000 : m_progress->value());
    setRunning(false);
    if (!report.dryRun)
        Q_EMIT imported(report.jobId);
}

void FileImportDialog::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel(); // Stop: the report follows
        return;
    }
    QDialog::reject();
}

} // namespace wedsync
