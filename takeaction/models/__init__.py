from .pages import (  # noqa: F401
    VOLUNTEER_COORDINATORS,
    DonatePage,
    GetInvolvedFormField,
    GetInvolvedPage,
    GetInvolvedSubmission,
    HelpFilterForm,
    ReportAbusePage,
    SeekHelpPage,
    VacancyPage,
    WayToGive,
    WorkWithUsPage,
    is_volunteer_coordinator,
)
from .places import Province  # noqa: F401
from .reports import (  # noqa: F401
    ANALYSTS_GROUP,
    Report,
    ReportAuditLog,
    ReportNote,
    ReportNotification,
    analysts,
    is_analyst,
    reveal,
)
from .services import HelpService, HelpServicePhone  # noqa: F401
