"""The staff roles and the editorial workflow. Idempotent: run it on every deploy (load_demo runs it too).

* Editors and Moderators create, edit and publish pages, and keep the menu, the footer, the help services,
  the taxonomies, the redirects of old addresses and the promoted search results up to date.
* Translators edit pages and snippets (the Khmer beside the English) but cannot publish: they save drafts
  and submit them, and an editor or moderator approves ("Editorial approval" workflow on the whole tree).
  They also edit the interface strings (django-rosetta, by group membership).
* Hotline analysts reach the admin; reports open by group membership (takeaction.views).
* Volunteer coordinators read the Get Involved form's submissions (names, emails, phones), and nobody else does
  (takeaction/wagtail_hooks.py); Wagtail shows submissions to those who may edit the form's page, so they may
  edit it (drafts, approved by an editor), and only it.
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from aple_site.core.roles import TRANSLATORS_GROUP
from takeaction.models import GetInvolvedPage

EDITORS, MODERATORS, ANALYSTS = "Editors", "Moderators", "Hotline analysts"
COORDINATORS = "Volunteer coordinators"
WORKFLOW = "Editorial approval"

# Content kept as snippets and settings: (app label, model name).
CONTENT_MODELS = [
    ("navigation", "menuitem"),
    ("navigation", "sitesettings"),
    ("takeaction", "helpservice"),
    ("news", "newstag"),
    ("resources", "audience"),
    ("resources", "resourcetype"),
    ("resources", "resourcetopic"),
]
# Editors' and moderators' only: old addresses redirected, and promoted search results.
SITE_MODELS = [("wagtailredirects", "redirect"), ("wagtailsearchpromotions", "searchpromotion")]


def model_permissions(actions, models=CONTENT_MODELS):
    codenames = [f"{action}_{model}" for _app, model in models for action in actions]
    apps = {app for app, _model in models}
    return Permission.objects.filter(content_type__app_label__in=apps, codename__in=codenames)


def page_permissions(*codenames):
    return Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)


class Command(BaseCommand):
    help = "Create or update the staff groups, their permissions and the editorial approval workflow."

    @transaction.atomic
    def handle(self, *args, **options):
        root = Page.get_first_root_node()
        admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")

        for name in (EDITORS, MODERATORS):
            group, _ = Group.objects.get_or_create(name=name)
            actions = ["add", "change", "delete"]
            group.permissions.add(admin_access, *model_permissions(actions, CONTENT_MODELS + SITE_MODELS))
            self.grant_pages(group, root, "add_page", "change_page", "publish_page", "lock_page", "unlock_page")

        translators, _ = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
        translators.permissions.add(admin_access, *model_permissions(["change"]))
        self.grant_pages(translators, root, "change_page")
        GroupPagePermission.objects.filter(group=translators).exclude(permission__codename="change_page").delete()

        analysts, _ = Group.objects.get_or_create(name=ANALYSTS)
        analysts.permissions.add(admin_access)

        coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
        coordinators.permissions.add(admin_access)
        for form_page in GetInvolvedPage.objects.all():
            self.grant_pages(coordinators, form_page, "change_page")

        self.workflow(root)
        self.stdout.write("Roles and the editorial approval workflow are set up.")

    def grant_pages(self, group, page, *codenames):
        for permission in page_permissions(*codenames):
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)

    def workflow(self, root):
        task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=WORKFLOW)
        task.groups.set(Group.objects.filter(name__in=[EDITORS, MODERATORS]))
        workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
