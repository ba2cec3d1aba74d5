using Reproducible.Core.Packaging;
using Reproducible.Core.Tests.Locking;
using Reproducible.Testing;

namespace Reproducible.Core.Tests.Packaging;

public class ModelCardTests
{
    [Fact]
    public void Describes_the_model_its_inputs_metrics_and_how_to_verify_it() =>
        Snapshot.Verify(ModelCard.Write("Contoso.FraudDetection", "1.2.0+fp.54df9f062e7c", LockSamples.Lock, ModelPackageLayout.ModelFolder), "md");

    [Fact]
    public void The_consumer_targets_copy_the_model_to_the_output_folder_and_name_it() =>
        Snapshot.Verify(ModelPackageLayout.ConsumerTargets("Contoso.FraudDetection"), "xml");
}
