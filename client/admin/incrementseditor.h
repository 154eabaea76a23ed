// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <optional>

namespace boli::client {

/// @brief The bid-increment table as the admin edits it: price bands typed in rupees, turned into
/// `{"from", "step"}` paise only when saved.
///
/// Rows are the bands (roles `fromText`, `stepText`); the text stays exactly as typed so a half-typed
/// amount is not reformatted under the cursor. `bands()` says what is wrong in the admin's language.
class IncrementsEditor : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)

public:
    enum Roles { FromTextRole = Qt::UserRole + 1, StepTextRole };
    Q_ENUM(Roles)

    explicit IncrementsEditor(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool modified() const { return m_modified; }

    /// Shows the table in force (from the server's setting); drops unsaved edits.
    void load(const QJsonArray &bands);
    /// The bands in paise, or empty with `*error` set to a translated sentence.
    [[nodiscard]] std::optional<QJsonArray> bands(QString *error) const;

    Q_INVOKABLE void setFromText(int row, const QString &text);
    Q_INVOKABLE void setStepText(int row, const QString &text);
    /// Adds an empty band at the end for the admin to fill in.
    Q_INVOKABLE void addBand();
    Q_INVOKABLE void removeBand(int row);
    /// Back to the table last loaded.
    Q_INVOKABLE void revert();

Q_SIGNALS:
    void countChanged();
    void modifiedChanged();

private:
    struct Band
    {
        QString fromText;
        QString stepText;
    };
    void setModified(bool modified);
    static QString rupeesText(qint64 paise);

    QList<Band> m_bands;
    QJsonArray m_loaded;
    bool m_modified = false;
};

} // namespace boli::client
