import Foundation

/// The name tagger shipped with the library: the model in
/// `Resources/actors/entity-model.bin`, loaded once on first use.
///
/// The model is rebuilt with `timeline train entities CONLL_TRAIN_FILE
/// --out Sources/TimelineKit/Resources/actors/entity-model.bin` (see the
/// README); without the file the recogniser runs on its rules alone.
public enum EntityTagger {
    /// The resource's name under `Resources/`.
    public static let resource = "actors/entity-model.bin"

    /// The shipped model, or nil when the resource is missing or was written
    /// for other features (a stale model is worse than none).
    public static let shared: EntityModel? = {
        guard let url = Bundle.module.url(forResource: "Resources/" + resource, withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/" + resource),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? EntityModel(bytes: [UInt8](data))
    }()
}
