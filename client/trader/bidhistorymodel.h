// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace boli::client {

/// @brief The ledger rows of one listing, newest first, as the detail screen's bid history.
///
/// Rows arrive from `watch`/`listing.get` (a whole page) and from `bid.accepted` (a few new ones);
/// a row is identified by its `seq`, so a row seen twice is kept once.
class BidHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        SeqRole = Qt::UserRole + 1,
        BidderRole,
        AmountRole,
        KindRole,
        AtRole,
    };
    Q_ENUM(Roles)

    explicit BidHistoryModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Replaces every row with `rows` (oldest first, as the server sends them).
    void reset(const QJsonArray &rows);
    /// Adds the rows newer than the newest held (oldest first, as in `bid.accepted`).
    void append(const QJsonArray &rows);
    /// The highest `seq` held, 0 when empty.
    [[nodiscard]] qint64 lastSeq() const;
    /// The bidder alias of row `seq`, empty when not held.
    [[nodiscard]] QString bidderOf(qint64 seq) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<QJsonObject> m_rows; ///< newest first
};

} // namespace boli::client
