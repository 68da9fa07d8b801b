#pragma once

#include <memory>

#include "backend/store/sql.h"
#include "backend/store/store.h"

namespace fc::server {

// The store's queries inside the transaction open on `connection`: one implementation of
// StoreTx for the embedded store and PostgreSQL alike.
std::unique_ptr<StoreTx> makeSqlTx(sql::Connection &connection);

}  // namespace fc::server
