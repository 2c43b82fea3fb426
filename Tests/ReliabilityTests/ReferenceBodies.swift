/// Valid bodies the fuzzers start from: the API reference's examples and the emulator's own shapes.
enum ReferenceBodies {
    static let user = #"{"ip_address":"1.1.1.1","latitude":45.5088,"longitude":-73.5878,"authorization_token":21986334}"#
    static let relay = #"{"ip":"2.2.2.2","host":"7349356945f1.st.edgegap.net","ports":{"server":{"port":32000,"protocol":"UDP","link":"7349356945f1.st.edgegap.net:32000"},"client":{"port":32001,"protocol":"UDP","link":"7349356945f1.st.edgegap.net:32001"}}}"#
    static let session = #"{"session_id":"7349356945f1-S","authorization_token":3500589645,"status":"READY","ready":true,"linked":true,"error":"Session failed","session_users":[\#(user)],"relay":\#(relay),"webhook_url":"https://my-webhook.com/dump"}"#
    static let pagination = #"{"number":1,"next_page_number":2,"previous_page_number":null,"paginator":{"num_pages":3},"has_next":true,"has_previous":false}"#
    static let sessionPage = #"{"sessions":[\#(session),\#(session)],"total_count":120,"pagination":\#(pagination)}"#
    static let lobby = #"{"name":"duel-1","url":"https://duel-1.lobby.edgegap.net","status":"READY"}"#
    static let lobbyList = #"{"data":[\#(lobby),\#(lobby)],"total_count":2,"pagination":\#(pagination)}"#
    static let lobbyArray = "[\(lobby),\(lobby)]"
    static let authorization = #"{"authorization":{"session_id":"7349356945f1-S","authorization_token":3500589645,"status":"READY","ready":true,"linked":true,"session_users":[\#(user)],"relay":\#(relay),"session_user":\#(user)}}"#
    static let authorizationFlat = #"{"session_id":"7349356945f1-S","status":"READY","ready":true,"linked":true,"session_users":[],"session_user":\#(user)}"#
}
