import EdgegapAPI

/// Turns the create-session form into a request, or names the field that is wrong.
enum SessionFormValidation {
    struct Problem: Error {
        var field: SessionForm.Field
        var text: String
    }

    static func request(from f: SessionForm) -> Result<CreateSessionRequest, Problem> {
        if let why = InputRules.ipListProblem(f.ips.text) { return .failure(Problem(field: .ips, text: why)) }
        let ips = InputRules.splitList(f.ips.text)
        var filters: [SessionFilter]?
        let field = f.filterField.text.trimmingSpaces
        let values = InputRules.splitList(f.filterValues.text)
        if !field.isEmpty || !values.isEmpty {
            if field.isEmpty { return .failure(Problem(field: .filterField, text: "a filter needs a field (e.g. country)")) }
            if values.isEmpty { return .failure(Problem(field: .filterValues, text: "a filter needs at least one value")) }
            if field.count > 64 || !field.unicodeScalars.allSatisfy({ InputRules.isAlnum($0) || $0 == "_" }) {
                return .failure(Problem(field: .filterField, text: "letters, digits and _ only"))
            }
            filters = [SessionFilter(field: field, values: values, filterType: f.filterType)]
        }
        if let why = InputRules.webhookProblem(f.webhook.text) { return .failure(Problem(field: .webhook, text: why)) }
        let hook = f.webhook.text.trimmingSpaces
        return .success(CreateSessionRequest(ips: ips, filters: filters, webhookURL: hook.isEmpty ? nil : hook))
    }
}
