import EdgegapAPI

extension Pagination {
    /// The pagination object for `page` (from 1) of `total` items, `limit` a page; always at least one page.
    static func of(page: Int, limit: Int, total: Int) -> Pagination {
        let pages = max(1, (total + limit - 1) / limit)
        return Pagination(number: page,
                          nextPageNumber: page < pages ? page + 1 : nil,
                          previousPageNumber: page > 1 ? page - 1 : nil,
                          numPages: pages,
                          hasNext: page < pages,
                          hasPrevious: page > 1)
    }
}
