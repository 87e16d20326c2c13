from django.db import models
from django.utils.translation import gettext_lazy as _

# The capital and the 24 provinces of Cambodia: (code, English name, Khmer name). The codes are stable:
# reports store them in clear and filter addresses use them.
PROVINCES = [
    ("phnom-penh", "Phnom Penh", "ភ្នំពេញ"),
    ("banteay-meanchey", "Banteay Meanchey", "បន្ទាយមានជ័យ"),
    ("battambang", "Battambang", "បាត់ដំបង"),
    ("kampong-cham", "Kampong Cham", "កំពង់ចាម"),
    ("kampong-chhnang", "Kampong Chhnang", "កំពង់ឆ្នាំង"),
    ("kampong-speu", "Kampong Speu", "កំពង់ស្ពឺ"),
    ("kampong-thom", "Kampong Thom", "កំពង់ធំ"),
    ("kampot", "Kampot", "កំពត"),
    ("kandal", "Kandal", "កណ្ដាល"),
    ("kep", "Kep", "កែប"),
    ("koh-kong", "Koh Kong", "កោះកុង"),
    ("kratie", "Kratie", "ក្រចេះ"),
    ("mondulkiri", "Mondulkiri", "មណ្ឌលគិរី"),
    ("oddar-meanchey", "Oddar Meanchey", "ឧត្ដរមានជ័យ"),
    ("pailin", "Pailin", "ប៉ៃលិន"),
    ("preah-sihanouk", "Preah Sihanouk", "ព្រះសីហនុ"),
    ("preah-vihear", "Preah Vihear", "ព្រះវិហារ"),
    ("prey-veng", "Prey Veng", "ព្រៃវែង"),
    ("pursat", "Pursat", "ពោធិ៍សាត់"),
    ("ratanakiri", "Ratanakiri", "រតនគិរី"),
    ("siem-reap", "Siem Reap", "សៀមរាប"),
    ("stung-treng", "Stung Treng", "ស្ទឹងត្រែង"),
    ("svay-rieng", "Svay Rieng", "ស្វាយរៀង"),
    ("takeo", "Takeo", "តាកែវ"),
    ("tbong-khmum", "Tbong Khmum", "ត្បូងឃ្មុំ"),
]


class Province(models.Model):
    """A province of Cambodia (or the capital). Filled by a migration; used by reports and help services."""

    code = models.SlugField(_("code"), unique=True)
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self):
        return self.name
