/// Real city coordinates used to place emulated users plausibly around the world.
enum WorldCities {
    struct City: Sendable {
        let name: String
        let latitude: Double
        let longitude: Double
    }

    static let all: [City] = [
        City(name: "Montreal", latitude: 45.5088, longitude: -73.5878),
        City(name: "New York", latitude: 40.7128, longitude: -74.0060),
        City(name: "Los Angeles", latitude: 34.0522, longitude: -118.2437),
        City(name: "Chicago", latitude: 41.8781, longitude: -87.6298),
        City(name: "Toronto", latitude: 43.6532, longitude: -79.3832),
        City(name: "Mexico City", latitude: 19.4326, longitude: -99.1332),
        City(name: "Sao Paulo", latitude: -23.5505, longitude: -46.6333),
        City(name: "Buenos Aires", latitude: -34.6037, longitude: -58.3816),
        City(name: "Bogota", latitude: 4.7110, longitude: -74.0721),
        City(name: "London", latitude: 51.5074, longitude: -0.1278),
        City(name: "Paris", latitude: 48.8566, longitude: 2.3522),
        City(name: "Frankfurt", latitude: 50.1109, longitude: 8.6821),
        City(name: "Amsterdam", latitude: 52.3676, longitude: 4.9041),
        City(name: "Stockholm", latitude: 59.3293, longitude: 18.0686),
        City(name: "Madrid", latitude: 40.4168, longitude: -3.7038),
        City(name: "Warsaw", latitude: 52.2297, longitude: 21.0122),
        City(name: "Istanbul", latitude: 41.0082, longitude: 28.9784),
        City(name: "Moscow", latitude: 55.7558, longitude: 37.6173),
        City(name: "Dubai", latitude: 25.2048, longitude: 55.2708),
        City(name: "Mumbai", latitude: 19.0760, longitude: 72.8777),
        City(name: "Singapore", latitude: 1.3521, longitude: 103.8198),
        City(name: "Hong Kong", latitude: 22.3193, longitude: 114.1694),
        City(name: "Tokyo", latitude: 35.6762, longitude: 139.6503),
        City(name: "Seoul", latitude: 37.5665, longitude: 126.9780),
        City(name: "Sydney", latitude: -33.8688, longitude: 151.2093),
        City(name: "Auckland", latitude: -36.8485, longitude: 174.7633),
        City(name: "Johannesburg", latitude: -26.2041, longitude: 28.0473),
        City(name: "Lagos", latitude: 6.5244, longitude: 3.3792),
        City(name: "Cairo", latitude: 30.0444, longitude: 31.2357),
        City(name: "Jakarta", latitude: -6.2088, longitude: 106.8456),
    ]

    /// A stable location for an IP: a city chosen by the IP's hash, nudged by up to ~0.2 degrees.
    static func locate(ip: String) -> (latitude: Double, longitude: Double) {
        let hash = UInt64.stableHash(ip)
        let city = all[Int(hash % UInt64(all.count))]
        let dLat = Double(Int((hash >> 16) & 0x1FF) - 256) / 1280
        let dLon = Double(Int((hash >> 32) & 0x1FF) - 256) / 1280
        return ((city.latitude + dLat).rounded(toPlaces: 4), (city.longitude + dLon).rounded(toPlaces: 4))
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
