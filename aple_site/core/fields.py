from wagtail import fields


class StreamField(fields.StreamField):
    """A StreamField whose block definitions stay out of migrations.

    Blocks are Python code, not database schema: storing them in migrations makes every block
    change a migration, and modeltranslation doubles each definition (body_en, body_km).
    Historical models in migrations get an empty block list, which they never need.
    """

    def deconstruct(self):
        name, path, _, kwargs = super().deconstruct()
        kwargs.pop("block_lookup", None)
        return name, path, [[]], kwargs
